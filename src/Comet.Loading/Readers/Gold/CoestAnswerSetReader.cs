namespace Comet.Loading.Readers.Gold;

/// <summary>CoEST answer sets: <c>&lt;link&gt;&lt;source_artifact_id/&gt;&lt;target_artifact_id/&gt;&lt;/link&gt;</c>, on one line or several.</summary>
internal static class CoestAnswerSetReader
{
    public static IReadOnlyList<RawLink> Read(string path)
    {
        var links = new List<RawLink>();
        foreach (var link in XmlFiles.Elements(XmlFiles.Load(path), "link"))
        {
            var source = XmlFiles.Child(link, "source_artifact_id") ?? string.Empty;
            var target = XmlFiles.Child(link, "target_artifact_id") ?? string.Empty;
            links.Add(new RawLink(source, target, 0));
        }

        return links;
    }
}
