namespace Comet.Loading.Text;

/// <summary>Text decoded from a file, with the name of the encoding that was used (for diagnostics).</summary>
/// <param name="Text">The text, BOM removed, line endings normalised to <c>\n</c>.</param>
/// <param name="EncodingName">"utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252", ...</param>
public readonly record struct DecodedText(string Text, string EncodingName);
