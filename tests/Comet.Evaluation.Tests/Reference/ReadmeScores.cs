using System.Globalization;

namespace Comet.Evaluation.Tests.Reference;

/// <summary>One row of reference-outputs/README.md's score table (copied into readme-scores.tsv).</summary>
public sealed record ReadmeScores(string File, int Gold, double ApIn, double ApPess, double MapIn, double MapPess, double Auc)
{
    public static IReadOnlyList<ReadmeScores> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reference", "readme-scores.tsv");
        return System.IO.File.ReadLines(path)
            .Where(line => !line.StartsWith('#') && !line.StartsWith("file\t", StringComparison.Ordinal))
            .Select(Parse)
            .ToArray();
    }

    private static ReadmeScores Parse(string line)
    {
        var f = line.Split('\t');
        static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        return new ReadmeScores(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), D(f[2]), D(f[3]), D(f[4]), D(f[5]), D(f[6]));
    }
}
