using System.Text.RegularExpressions;

namespace Comet.Benchmarks.RealRepos;

/// <summary>
/// How one public repository keeps its own requirement-to-code links: which files are code, the marker
/// that names requirement ids inside them, and how the requirement texts are read. The repository is
/// not ours and is never committed; the benchmark reads a checkout of it (see <see cref="RealReposBenchmark"/>).
/// </summary>
/// <param name="Name">Short name used on the command line and in the result file.</param>
/// <param name="Url">Where the repository lives, for the result file.</param>
/// <param name="CodeRoots">Folders (relative to the checkout) whose code files are the trace targets.</param>
/// <param name="CodeExtensions">File endings that count as code (".py").</param>
/// <param name="ExcludedPathParts">A code file whose relative path contains any of these is left out (vendored libraries, test inputs).</param>
/// <param name="Marker">
/// Matches one marker; its group "ids" holds the requirement ids, separated by commas. The whole match
/// is removed from the copy that is traced, so no id reaches comet.
/// </param>
/// <param name="Requirements">Reads every requirement's id and text from the checkout.</param>
internal sealed record RepoSpec(
    string Name,
    string Url,
    IReadOnlyList<string> CodeRoots,
    IReadOnlyList<string> CodeExtensions,
    IReadOnlyList<string> ExcludedPathParts,
    Regex Marker,
    IRequirementReader Requirements);

/// <summary>Reads a repository's requirements as (id, text) in its own format.</summary>
internal interface IRequirementReader
{
    /// <summary>What the result file says about where the texts came from.</summary>
    string Describe { get; }

    IReadOnlyList<Requirement> Read(string checkout);
}

/// <summary>One requirement: its id as the code's markers spell it, and the prose that describes it.</summary>
internal sealed record Requirement(string Id, string Text);
