namespace Comet.Loading.Readers;

/// <summary>An artifact as a reader found it, before id rules, kind and language are applied.</summary>
/// <param name="Id">Raw id.</param>
/// <param name="Text">Decoded text.</param>
/// <param name="OriginPath">File it came from, relative to the dataset folder.</param>
internal readonly record struct RawArtifact(string Id, string Text, string OriginPath);
