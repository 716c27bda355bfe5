using System.Globalization;
using System.Text;
using Comet.Core.Links;

namespace Comet.Evaluation.Trec;

/// <summary>
/// Writes runs and gold standards in the formats trec_eval reads, so any number can be cross-checked.
/// trec_eval splits lines on whitespace, so ids go through <see cref="EscapeId"/> ("ms base.launch"
/// becomes "ms%20base.launch", a literal '%' becomes "%25"): runs and qrels escape alike, so they
/// still match each other, and unescaping (percent-decoding) gives the artifact id back. An empty id
/// or a run name with whitespace is rejected with <see cref="ArgumentException"/>. Lines end with
/// "\n" on every platform.
/// </summary>
public static class TrecWriter
{
    /// <summary>
    /// One line <c>qid Q0 docid rank score run</c> per pair: qid = source id, docid = target id. Sources
    /// in ordinal order; within a source, pairs in <see cref="LinkOrder"/> with ranks from 1; scores in
    /// round-trip format, invariant culture. trec_eval re-sorts by score and breaks ties its own way
    /// (not by our rank column), so with tied scores its numbers may differ from ours; a NaN score is
    /// written as "NaN", which trec_eval does not order reliably.
    /// </summary>
    public static void WriteRun(TextWriter writer, RankedLinks run, string runName)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(run);
        RequireToken(runName, "run name");
        foreach (var (sourceId, links) in run.BySource().OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var source = EscapeId(sourceId, "source id");
            for (var i = 0; i < links.Length; i++)
            {
                var target = EscapeId(links[i].TargetId, "target id");
                var score = links[i].Score.ToString("R", CultureInfo.InvariantCulture);
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{source} Q0 {target} {i + 1} {score} {runName}\n"));
            }
        }
    }

    /// <summary>One line <c>qid 0 docid 1</c> per unique gold link, ordered by source then target id (ordinal).</summary>
    public static void WriteQrels(TextWriter writer, GoldStandard gold)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(gold);
        var links = gold.Links
            .OrderBy(l => l.SourceId, StringComparer.Ordinal)
            .ThenBy(l => l.TargetId, StringComparer.Ordinal);
        foreach (var link in links)
        {
            writer.Write($"{EscapeId(link.SourceId, "source id")} 0 {EscapeId(link.TargetId, "target id")} 1\n");
        }
    }

    /// <summary>
    /// The id as one TREC token: each whitespace character and each '%' becomes '%' and its UTF-8
    /// bytes in hex (percent-encoding), everything else stays as it is.
    /// </summary>
    public static string EscapeId(string id, string what = "id")
    {
        if (string.IsNullOrEmpty(id))
        {
            throw new ArgumentException($"The {what} is empty, which TREC files cannot hold.", nameof(id));
        }

        if (!id.Any(c => c == '%' || char.IsWhiteSpace(c)))
        {
            return id;
        }

        var escaped = new StringBuilder(id.Length + 8);
        foreach (var c in id)
        {
            if (c == '%' || char.IsWhiteSpace(c))
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    escaped.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static void RequireToken(string value, string what)
    {
        if (string.IsNullOrEmpty(value) || value.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"The {what} '{value}' is empty or contains whitespace, which TREC files cannot hold.", nameof(value));
        }
    }
}
