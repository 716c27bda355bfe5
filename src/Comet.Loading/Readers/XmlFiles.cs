using System.Xml;
using System.Xml.Linq;
using Comet.Core;
using Comet.Loading.Files;

namespace Comet.Loading.Readers;

/// <summary>Loads XML with <see cref="TextFiles.ReadXml"/> (declared encodings honoured) and one-line errors.</summary>
internal static class XmlFiles
{
    public static XDocument Load(string path)
    {
        var text = TextFiles.ReadXml(path);
        try
        {
            return XDocument.Parse(text.TrimStart('\uFEFF'), LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new CometInputException($"invalid XML in {path}: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    /// <summary>Elements with this local name, ignoring namespaces.</summary>
    public static IEnumerable<XElement> Elements(XContainer root, string localName) =>
        root.Descendants().Where(e => e.Name.LocalName == localName);

    /// <summary>Trimmed value of the first child with this local name, or null.</summary>
    public static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim();
}
