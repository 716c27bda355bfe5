namespace Comet.Benchmarks.Measures;

/// <summary>The 15 tasks of the independent-baseline table in docs/evaluation.md, used to choose defaults.</summary>
internal static class CoreTasks
{
    public static IReadOnlyList<string> Ids { get; } =
    [
        "LibEST/req-code", "LibEST/req-test", "EBT/req-code", "EBT/req-test", "eTour", "eTour_en", "Albergate",
        "eANCI", "EasyClinic/UC-CC", "EasyClinic/UC-TC", "CM1-NASA", "WARC", "MODIS", "Dronology", "CCHIT",
    ];
}
