using System.Xml.Linq;
using Comet.Core.Links;

namespace Comet.Evaluation.Tests.TestData;

/// <summary>
/// Minimal readers for the gold files the reference README scores against; deliberately independent of
/// Comet.Loading so that the cross-check tests the metrics, not the loaders.
/// </summary>
internal static class GoldFiles
{
    /// <summary>Gold of each task id, from the files named in reference-outputs/README.md.</summary>
    public static GoldStandard ForTask(string taskId)
    {
        var root = BenchmarkData.Root;
        return taskId switch
        {
            "LibEST/req-code" => Rows(Path.Combine(root, "LibEST", "req_to_code_ground.txt")),
            "LibEST/req-test" => Rows(Path.Combine(root, "LibEST", "req_to_test_ground.txt")),
            "EBT/req-code" => Rows(Path.Combine(root, "EBT", "EBT", "AnswerReq2CC.txt")),
            "EBT/req-test" => Rows(Path.Combine(root, "EBT", "EBT", "AnswersRequirements2Testcases.txt")),
            "eTour" => CoestAnswerSet(Path.Combine(root, "eTour", "answer_req_code.xml")),
            "Albergate" => CoestAnswerSet(Path.Combine(root, "Albergate", "answer_req_code.xml")),
            _ => throw new ArgumentException($"No gold file known for task '{taskId}'.", nameof(taskId)),
        };
    }

    /// <summary>Rows "source target [target ...]", whitespace separated (LibEST and EBT answer files).</summary>
    public static GoldStandard Rows(string path) =>
        new(Read(path).SelectMany(line =>
        {
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return fields.Skip(1).Select(target => new TraceLink(fields[0], target));
        }));

    /// <summary>A CoEST answer set: link elements with source_artifact_id / target_artifact_id; extensions stripped.</summary>
    public static GoldStandard CoestAnswerSet(string path) =>
        new(XDocument.Load(Existing(path)).Descendants("link").Select(link => new TraceLink(
            Path.GetFileNameWithoutExtension(((string?)link.Element("source_artifact_id"))!.Trim()),
            Path.GetFileNameWithoutExtension(((string?)link.Element("target_artifact_id"))!.Trim()))));

    private static IEnumerable<string> Read(string path) =>
        File.ReadLines(Existing(path)).Where(line => !string.IsNullOrWhiteSpace(line));

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"Gold file missing: {path} (check COMET_DATA).");
}
