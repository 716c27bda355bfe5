using Comet.Core.Artifacts;
using Comet.Core.Tasks;

namespace Comet.Pipeline.Tests;

/// <summary>A run with a cache folder (the CLI's --cache) scores exactly as one without, cold and warm.</summary>
public class CacheFolderTraceTests
{
    private static TraceTask Task()
    {
        var requirements = new[] { "the user logs in with a password", "the report lists every order of the month" };
        var code = new[] { "class LoginController { void checkPassword(User user) {} }", "class MonthlyReport { List<Order> orders; }", "class Audit {}" };
        return new TraceTask
        {
            Id = "cache-folder",
            Sources = new ArtifactSet("requirements", requirements.Select((t, i) => new Artifact($"R{i}", ArtifactKind.Requirement, t, null, "en"))),
            Targets = new ArtifactSet("code", code.Select((t, i) => new Artifact($"C{i}", ArtifactKind.Source, t, null, "en"))),
            Languages = ["en"],
        };
    }

    [Fact]
    public void Run_WithCacheFolder_ColdAndWarm_GiveTheScoresOfARunWithout()
    {
        var folder = Path.Combine(Path.GetTempPath(), "comet-pipeline-cache-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var measures = new[] { "vsm", "lsi", "js", "bm25" };
            var plain = new TracePipeline(new PipelineOptions { Measures = measures, Model = "hbn" }).Run(Task());
            var cached = new TracePipeline(new PipelineOptions { Measures = measures, Model = "hbn", CacheFolder = folder });

            var cold = cached.Run(Task());
            var warm = cached.Run(Task());

            Assert.Equal(5, Directory.EnumerateFiles(Path.Combine(folder, "analysis"), "*.bin", SearchOption.AllDirectories).Count());
            foreach (var run in new[] { cold, warm })
            {
                foreach (var measure in measures)
                {
                    Assert.Equal(plain.Matrices[measure].Values.ToArray(), run.Matrices[measure].Values.ToArray());
                }

                Assert.Equal(plain.Ranking.Select(l => (l.SourceId, l.TargetId, l.Score)), run.Ranking.Select(l => (l.SourceId, l.TargetId, l.Score)));
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
