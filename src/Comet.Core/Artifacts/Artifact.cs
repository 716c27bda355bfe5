namespace Comet.Core.Artifacts;

/// <summary>One textual artifact: a requirement, use case, design element, test case or source file.</summary>
/// <param name="Id">Identifier, unique inside its <see cref="ArtifactSet"/>; gold links refer to it.</param>
/// <param name="Kind">What the artifact is.</param>
/// <param name="Text">Decoded text (markup such as RTF already stripped).</param>
/// <param name="OriginPath">File the text came from (relative to the dataset or project root), if any.</param>
/// <param name="Language">ISO 639-1 code of the natural language of the text ("en", "it").</param>
public sealed record Artifact(string Id, ArtifactKind Kind, string Text, string? OriginPath, string Language)
{
    public override string ToString() => Id;
}
