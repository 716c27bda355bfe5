using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Reporting.Html.Building;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Tests.Support;

/// <summary>
/// Three requirements x four code files with hand-picked scores, so every bucket, a gap on each
/// side and the gold marks are known in advance. Scores of "vsm" span 0..1, so scaled = raw.
/// </summary>
internal static class TinyProject
{
    public static readonly ArtifactSet Sources = new("requirements",
    [
        Req("R1", "Login\nThe system shall let users log in with a password."),
        Req("R2", "Fines <script>alert(1)</script>\nThe system shall compute late fines."),
        Req("R3", "Export\nThe system shall export reports."),
    ]);

    public static readonly ArtifactSet Targets = new("code",
    [
        Code("Auth.java"), Code("Fine.java"), Code("Report.java"), Code("Util.java"),
    ]);

    // Rows R1..R3, columns Auth, Fine, Report, Util.
    public static readonly double[] Vsm =
    [
        1.0, 0.1, 0.0, 0.2,
        0.1, 0.5, 0.1, 0.3,
        0.0, 0.1, 0.2, 0.1,
    ];

    public static readonly double[] Lsi =
    [
        0.9, 0.2, 0.1, 0.3,
        0.2, 0.8, 0.1, 0.1,
        0.1, 0.1, 0.6, 0.2,
    ];

    public static readonly GoldStandard Gold = new([new TraceLink("R1", "Auth.java"), new TraceLink("R2", "Fine.java"), new TraceLink("R3", "Report.java")]);

    public static SimilarityMatrix Matrix(double[] values) => new([.. Sources.Ids], [.. Targets.Ids], (double[])values.Clone());

    public static TargetGroupInput Input(GoldStandard? gold = null, ILinkProbabilities? probabilities = null)
    {
        var matrices = new Dictionary<string, SimilarityMatrix>(StringComparer.Ordinal) { ["vsm"] = Matrix(Vsm), ["lsi"] = Matrix(Lsi) };
        return new TargetGroupInput("code", Sources, Targets, "vsm", RankedLinks.FromMatrix(matrices["vsm"]), matrices, gold ?? GoldStandard.Empty, probabilities);
    }

    private static Artifact Req(string id, string text) => new(id, ArtifactKind.Requirement, text, id + ".txt", "en");

    private static Artifact Code(string id) => new(id, ArtifactKind.Source, "class " + id, "src/" + id, "en");
}
