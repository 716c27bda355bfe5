namespace Comet.Benchmarks.RealRepos;

/// <summary>A checkout to trace: which catalog entry, where its files are, and the commit they came from.</summary>
internal sealed record Checkout(RepoSpec Spec, string Folder, string Commit);

/// <summary>
/// Options of the real-repos benchmark:
/// --repo NAME=DIR@COMMIT (repeatable; NAME from <see cref="RepoCatalog"/>, DIR a checkout outside every
/// git work tree, COMMIT what the result file records), --work DIR (where stripped copies and comet's
/// outputs go; default a temporary folder), --comet DLL (default the Release CLI of this repository),
/// --out FILE (the result file to write; default none), --explain N (requirements per repository where
/// hbn falls furthest below BM25, printed; default 8), --review N,N,... (answers after which the simulated
/// reviewer's effect is scored; default 20,50,100; "none" skips the reviewer).
/// </summary>
internal sealed record RealReposOptions(IReadOnlyList<Checkout> Checkouts, string Work, string CometDll, string? Out, int Explain, IReadOnlyList<int> ReviewCheckpoints)
{
    public static RealReposOptions Parse(string[] args)
    {
        var checkouts = new List<Checkout>();
        var work = Path.Combine(Path.GetTempPath(), "comet-real-repos");
        var comet = Path.Combine("src", "Comet.Cli", "bin", "Release", "net10.0", "comet.dll");
        string? output = null;
        var explain = 8;
        IReadOnlyList<int> review = [20, 50, 100];
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--repo": checkouts.Add(ParseCheckout(value)); break;
                case "--work": work = value; break;
                case "--comet": comet = value; break;
                case "--out": output = value; break;
                case "--explain": explain = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--review": review = ParseCheckpoints(value); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        if (checkouts.Count == 0)
        {
            throw new ArgumentException("give at least one --repo NAME=DIR@COMMIT (names: " + string.Join(", ", RepoCatalog.All.Select(s => s.Name)) + ")");
        }

        return new RealReposOptions(checkouts, Path.GetFullPath(work), Path.GetFullPath(comet), output, explain, review);
    }

    private static List<int> ParseCheckpoints(string value)
    {
        if (value == "none")
        {
            return [];
        }

        var counts = value.Split(',').Select(v => int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"--review wants positive answer counts like 20,50,100 (or none), got '{value}'")).ToList();
        return counts;
    }

    private static Checkout ParseCheckout(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        var at = value.LastIndexOf('@');
        if (equals <= 0 || at < equals)
        {
            throw new ArgumentException($"--repo wants NAME=DIR@COMMIT, got '{value}'");
        }

        var folder = value[(equals + 1)..at];
        if (!Directory.Exists(folder))
        {
            throw new ArgumentException($"no checkout at {folder}");
        }

        return new Checkout(RepoCatalog.Find(value[..equals]), Path.GetFullPath(folder), value[(at + 1)..]);
    }
}
