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
/// has are counted and left out, so an answers file survives renamed files.
/// </summary>
internal static class AnswersFile
{
    public static (IReadOnlyList<FeedbackAnswer> Answers, int Unknown) Read(string path, TraceTask task)
    {
        if (!File.Exists(path))
        {
            throw new CometInputException($"--answers: no file '{path}'");
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !string.Equals(lines[0].Trim().Replace(" ", "", StringComparison.Ordinal), "source,target,answer", StringComparison.OrdinalIgnoreCase))
        {
            throw new CometInputException($"--answers {path}: the first line must be the header source,target,answer");
        }

        var answers = new List<FeedbackAnswer>();
        var unknown = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = lines[i].Split(',');
            if (fields.Length != 3)
            {
                throw new CometInputException($"--answers {path}, line {i + 1}: expected source,target,answer, got '{lines[i]}'");
            }

            var (source, target) = (fields[0].Trim(), fields[1].Trim());
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

        return (answers, unknown);
    }
}
