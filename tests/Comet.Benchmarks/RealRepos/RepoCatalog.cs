using System.Text.RegularExpressions;

namespace Comet.Benchmarks.RealRepos;

/// <summary>
/// The repositories tried so far (issue 21: real projects whose developers keep requirement-to-code
/// markers). Each entry is what a reader of that repository's README learns about its markers.
/// </summary>
internal static class RepoCatalog
{
    /// <summary>
    /// strictdoc-project/strictdoc: requirements in docs/*.sdoc ([REQUIREMENT] nodes with UID, TITLE,
    /// STATEMENT, RATIONALE), code marked with "@relation(SDOC-SRS-26, SDOC-SRS-27, scope=file)" in
    /// Python and JavaScript comments. Vendored JavaScript (MathJax, Mermaid, minified bundles) is left
    /// out: nobody marks it and no requirement is about it.
    /// </summary>
    public static RepoSpec StrictDoc { get; } = new(
        "strictdoc",
        "https://github.com/strictdoc-project/strictdoc",
        ["strictdoc"],
        [".py", ".js"],
        ["/mathjax/", "/mermaid/", ".min.js", ".umd.js"],
        new Regex(@"@relation\((?<ids>[^)]*)\)", RegexOptions.CultureInvariant),
        new SdocRequirementReader("docs"));

    /// <summary>
    /// bmw-software-engineering/lobster: requirements as TRLC records (lobster/**/*.trlc, "package
    /// P" then "Type Name { description = '''...''' }"), code and system tests marked with
    /// "# lobster-trace: P.Name". Test input folders ("data") hold markers that are test data, not links.
    /// </summary>
    public static RepoSpec Lobster { get; } = new(
        "lobster",
        "https://github.com/bmw-software-engineering/lobster",
        ["lobster", "tests_system", "tests_unit"],
        [".py"],
        ["/data/"],
        new Regex(@"lobster-trace:[ \t]*(?<ids>[A-Za-z_][\w.]*(?:[ \t]*,[ \t]*[A-Za-z_][\w.]*)*)", RegexOptions.CultureInvariant),
        new TrlcRequirementReader("lobster"));

    /// <summary>
    /// itsallcode/openfasttrace: OpenFastTrace traces itself. Specification items in doc/spec/**/*.md
    /// (`dsn~name~1` under a heading), Java code and tests marked with "[impl->dsn~name~1]",
    /// "[utest->dsn~name~1]" (optionally with an own id "[impl~x~1->dsn~name~1]" or a needs list "&gt;&gt;impl").
    /// Java files under resources folders are test inputs.
    /// </summary>
    public static RepoSpec OpenFastTrace { get; } = new(
        "openfasttrace",
        "https://github.com/itsallcode/openfasttrace",
        ["."],
        [".java"],
        ["/resources/"],
        new Regex(@"\[\s*[a-z]+(?:~[\w.\-]+~\d+)?\s*->\s*(?<ids>[a-z]+~[\w.\-]+~\d+)\s*(?:>>[^\]\n]*)?\]", RegexOptions.CultureInvariant),
        new OftRequirementReader(Path.Combine("doc", "spec")));

    public static IReadOnlyList<RepoSpec> All { get; } = [StrictDoc, Lobster, OpenFastTrace];

    public static RepoSpec Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown repository '{name}' (known: {string.Join(", ", All.Select(s => s.Name))})");
}
