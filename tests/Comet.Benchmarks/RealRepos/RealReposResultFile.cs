using System.Text.Json;

namespace Comet.Benchmarks.RealRepos;

/// <summary>
/// docs/results/real-repos.json: per repository its URL, commit, how its texts and code were read,
/// the counts, and MAP / P@1 / global AP of every run. Numbers only, no timings (those are printed with
/// the load beside them), so a rerun on the same commits writes the same file.
/// </summary>
internal static class RealReposResultFile
{
    public static void Write(string path, IReadOnlyList<RepoResult> results)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("command", "dotnet run -c Release --project tests/Comet.Benchmarks -- real-repos --repo NAME=DIR@COMMIT ... --out docs/results/real-repos.json");
        json.WriteString("note", "Gold links are the repositories' own requirement markers, removed from the traced copy; MAP and P@1 over requirements with at least one marked file, AP global over all pairs. reviewer: a simulated reviewer answers comet review's questions (10 a sitting) from the markers; MAP and P@1 over the linked requirements with no answered link, with and without the answers, and BM25's MAP on them.");
        json.WriteStartArray("repositories");
        foreach (var result in results)
        {
            var spec = result.Spec;
            json.WriteStartObject();
            json.WriteString("name", spec.Name);
            json.WriteString("url", spec.Url);
            json.WriteString("commit", result.Commit);
            json.WriteString("requirement_texts", spec.Requirements.Describe);
            json.WriteString("code", $"{string.Join(", ", spec.CodeRoots)}: {string.Join(", ", spec.CodeExtensions)}; excluding paths containing {string.Join(", ", spec.ExcludedPathParts)}");
            json.WriteString("marker", spec.Marker.ToString());
            json.WriteNumber("requirements", result.Requirements);
            json.WriteNumber("linked_requirements", result.LinkedRequirements);
            json.WriteNumber("code_files", result.Scan.CodeFiles.Count);
            json.WriteNumber("markers", result.Scan.Markers);
            json.WriteNumber("gold_links", result.Scan.Gold.Count);
            json.WriteNumber("marker_ids_without_text", result.Scan.UnknownIds.Count);
            json.WriteNumber("stray_ids_removed", result.Scan.StrayIds);
            json.WriteStartObject("hbn_default_vs_bm25_per_requirement_ap");
            json.WriteNumber("higher", result.HbnAgainstBm25.Better);
            json.WriteNumber("lower", result.HbnAgainstBm25.Worse);
            json.WriteNumber("equal", result.HbnAgainstBm25.Tied);
            json.WriteEndObject();
            json.WriteStartArray("runs");
            foreach (var run in result.Runs)
            {
                json.WriteStartObject();
                json.WriteString("run", run.Label);
                json.WriteString("arguments", run.Arguments);
                json.WriteNumber("map", Math.Round(run.Map, 4));
                json.WriteNumber("p_at_1", Math.Round(run.PrecisionAt1, 4));
                json.WriteNumber("ap", Math.Round(run.Ap, 4));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("reviewer");
            foreach (var c in result.Reviewer)
            {
                json.WriteStartObject();
                json.WriteNumber("answers", c.Answers);
                json.WriteNumber("say_link", c.SayLink);
                json.WriteNumber("requirements_asked", c.RequirementsAsked);
                json.WriteNumber("unasked_linked_requirements", c.Unasked);
                json.WriteNumber("map_without_answers", Math.Round(c.MapBefore, 4));
                json.WriteNumber("map_with_answers", Math.Round(c.MapAfter, 4));
                json.WriteNumber("p_at_1_without_answers", Math.Round(c.PrecisionAt1Before, 4));
                json.WriteNumber("p_at_1_with_answers", Math.Round(c.PrecisionAt1After, 4));
                json.WriteNumber("bm25_map", Math.Round(c.Bm25Map, 4));
                json.WriteString("taught", c.Taught);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
