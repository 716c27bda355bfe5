using Comet.Core;
using Comet.Loading.Text;

namespace Comet.Loading.Files;

/// <summary>
/// Reads files as text with <see cref="TextDecoder"/>; every failure becomes a one-line
/// <see cref="CometInputException"/> that names the file.
/// </summary>
public static class TextFiles
{
    /// <summary>Decoded text of an artifact file; RTF documents are reduced to their plain text.</summary>
    public static string ReadArtifactText(string path)
    {
        var text = ReadText(path);
        return RtfToText.IsRtf(text) ? RtfToText.Convert(text) : text;
    }

    /// <summary>Decoded text, no markup handling.</summary>
    public static string ReadText(string path) => Decode(path, xml: false);

    /// <summary>Decoded XML text, honouring the declared encoding.</summary>
    public static string ReadXml(string path) => Decode(path, xml: true);

    public static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new CometInputException($"cannot read file {path}: {OneLine(e.Message)}", e);
        }
    }

    private static string Decode(string path, bool xml)
    {
        var bytes = ReadBytes(path);
        try
        {
            return xml ? TextDecoder.DecodeXml(bytes).Text : TextDecoder.Decode(bytes).Text;
        }
        catch (UndecodableTextException e)
        {
            throw new CometInputException($"cannot decode file {path}: {e.Message}", e);
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
