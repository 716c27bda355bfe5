using Comet.Core;
using Comet.Core.Tasks;
using Comet.Inference.Evidence;

namespace Comet.Cli.Trace;

/// <summary>
/// A reviewer's answers as a CSV file: a header "source,target,answer", then one line per answered
/// link, the ids as `comet trace` prints them. An answer is yes / no (a firm verdict) or a Likert level
/// 1-5 (1 = surely not a link, 5 = surely one), read by <see cref="AnswerScale"/> exactly as the service
/// reads confirm / reject / likert. The model learns from them (`--answers FILE`), and
/// `comet review` never asks about an answered link again. Lines that name a link the project no longer
/// has are counted and left out, so an answers file survives renamed files. `comet review --format csv`
/// writes exactly this file with its answer column blank and three more columns (probability, rank,
/// information): so the header needs only to start with source,target,answer, further columns are
/// ignored, and a line whose answer is still blank is a question not answered yet, counted and left out.
/// Fields are read as CSV quotes them (<see cref="CsvFields"/>): a file name with a comma is one field.
/// </summary>
internal static class AnswersFile
{
    public static (IReadOnlyList<FeedbackAnswer> Answers, int Unknown, int Blank) Read(string path, TraceTask task)
    {
        if (!File.Exists(path))
        {
            throw new CometInputException($"--answers: no file '{path}'");
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !IsHeader(CsvFields.Split(lines[0])))
        {
            throw new CometInputException($"--answers {path}: the first line must be the header source,target,answer");
        }

        var answers = new List<FeedbackAnswer>();
        var unknown = 0;
        var blank = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = CsvFields.Split(lines[i]);
            if (fields is null || fields.Count < 3)
            {
                throw new CometInputException($"--answers {path}, line {i + 1}: expected source,target,answer, got '{lines[i]}'");
            }

            var (source, target) = (fields[0].Trim(), fields[1].Trim());
            if (string.IsNullOrWhiteSpace(fields[2]))
            {
                blank++;
                continue;
            }

            var answer = AnswerScale.Parse(fields[2], source, target)
                ?? throw new CometInputException($"--answers {path}, line {i + 1}: answer '{fields[2].Trim()}' is not {AnswerScale.Vocabulary}");
            if (task.Sources.Contains(source) && task.Targets.Contains(target))
            {
                answers.Add(answer);
            }
            else
            {
                unknown++;
            }
        }

        return (answers, unknown, blank);
    }

    private static bool IsHeader(List<string>? fields) =>
        fields is { Count: >= 3 }
        && fields.Take(3).Select(f => f.Trim()).SequenceEqual(["source", "target", "answer"], StringComparer.OrdinalIgnoreCase);
}
