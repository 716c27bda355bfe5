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

    /// <summary>
    /// exasol/sql-statement-builder: a Java library whose developers trace with OpenFastTrace (session 20:
    /// the first of three repositories kept aside to check choices made on the three above). Items in
    /// doc/system_requirements.md and doc/design.md, markers as OpenFastTrace's own.
    /// </summary>
    public static RepoSpec SqlStatementBuilder { get; } = Oft("sql-statement-builder", "doc");

    /// <summary>exasol/project-keeper: a Maven plugin and CLI checking project layouts; items in doc/requirements/*.md.</summary>
    public static RepoSpec ProjectKeeper { get; } = Oft("project-keeper", Path.Combine("doc", "requirements"));

    /// <summary>exasol/exasol-testcontainers: a Testcontainers module for Exasol; items in doc/*.md.</summary>
    public static RepoSpec ExasolTestcontainers { get; } = Oft("exasol-testcontainers", "doc");

    /// <summary>exasol/test-db-builder-java: a library that builds test databases; items in doc/*.md.</summary>
    public static RepoSpec TestDbBuilder { get; } = Oft("test-db-builder-java", "doc");

    public static IReadOnlyList<RepoSpec> All { get; } =
        [StrictDoc, Lobster, OpenFastTrace, SqlStatementBuilder, ProjectKeeper, ExasolTestcontainers, TestDbBuilder];

    /// <summary>An Exasol repository traced with OpenFastTrace: OpenFastTrace's markers and reader, Java code outside resources folders.</summary>
    private static RepoSpec Oft(string name, string requirements) => OpenFastTrace with
    {
        Name = name,
        Url = "https://github.com/exasol/" + name,
        Requirements = new OftRequirementReader(requirements),
    };

    public static RepoSpec Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown repository '{name}' (known: {string.Join(", ", All.Select(s => s.Name))})");
}
