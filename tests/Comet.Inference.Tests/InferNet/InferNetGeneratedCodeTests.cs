using Comet.Core;
using Comet.Inference.InferNet;

namespace Comet.Inference.Tests.InferNet;

/// <summary>
/// The committed Infer.NET inference code is what the model compiler makes of the declaration today.
/// To rewrite it after changing the declaration: COMET_REGENERATE_INFERNET=1 dotnet test
/// tests/Comet.Inference.Tests --filter InferNetGeneratedCode (then review and commit the diff).
/// </summary>
public class InferNetGeneratedCodeTests
{
    private const string GeneratedFile = InferNetNames.ModelName + "_VMP.cs";

    [Fact]
    public void CommittedCode_MatchesTheDeclaration()
    {
        var folder = Path.Combine(Path.GetTempPath(), "comet-infernet-" + Guid.NewGuid().ToString("N"));
        try
        {
            var engine = InferNetLinkModelDeclaration.Engine(folder);
            var compiled = engine.GetCompiledInferenceAlgorithm(InferNetLinkModelDeclaration.Declare());
            Assert.NotNull(compiled);
            var generated = Normalise(File.ReadAllText(Path.Combine(folder, GeneratedFile)));
            var committedPath = Path.Combine(RepoRoot.AboveBinaries(), "src", "Comet.Inference", "InferNet", "Generated", GeneratedFile);
            if (Environment.GetEnvironmentVariable("COMET_REGENERATE_INFERNET") == "1")
            {
                File.WriteAllText(committedPath, generated);
            }

            Assert.True(File.Exists(committedPath), $"{committedPath} is missing: regenerate with COMET_REGENERATE_INFERNET=1");
            var committed = Normalise(File.ReadAllText(committedPath));
            var firstDifference = FirstDifferentLine(committed, generated);
            Assert.True(firstDifference is null,
                $"the committed {GeneratedFile} no longer matches the declaration (first difference at line {firstDifference}); regenerate with COMET_REGENERATE_INFERNET=1");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static int? FirstDifferentLine(string a, string b)
    {
        var left = a.Split('\n');
        var right = b.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            if (i >= left.Length || i >= right.Length || !string.Equals(left[i], right[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }
}
