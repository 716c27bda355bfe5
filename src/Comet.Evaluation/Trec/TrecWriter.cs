using System.Globalization;
using Comet.Core.Links;

namespace Comet.Evaluation.Trec;

/// <summary>
/// Writes runs and gold standards in the formats trec_eval reads, so any number can be cross-checked.
/// Ids are written as they are; an id that trec_eval would split (empty or containing whitespace)
/// is rejected with <see cref="ArgumentException"/> rather than escaped, because an escaped id
/// would no longer match the qrels or the artifacts. Lines end with "\n" on every platform.
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
            RequireToken(sourceId, "source id");
            for (var i = 0; i < links.Length; i++)
            {
                RequireToken(links[i].TargetId, "target id");
                var score = links[i].Score.ToString("R", CultureInfo.InvariantCulture);
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{sourceId} Q0 {links[i].TargetId} {i + 1} {score} {runName}\n"));
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
            RequireToken(link.SourceId, "source id");
            RequireToken(link.TargetId, "target id");
            writer.Write($"{link.SourceId} 0 {link.TargetId} 1\n");
        }
    }

    private static void RequireToken(string value, string what)
    {
        if (string.IsNullOrEmpty(value) || value.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"The {what} '{value}' is empty or contains whitespace, which TREC files cannot hold.", nameof(value));
        }
    }
}
