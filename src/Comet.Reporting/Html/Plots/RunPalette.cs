using ScottPlot;

namespace Comet.Reporting.Html.Plots;

/// <summary>
/// One colour per run, the same in every plot of a report, so that "vsm" is one colour throughout.
/// The released COMET output is always black and drawn thicker, to stand apart from our runs.
/// (No dashes: Skia's SVG back end cannot write path effects and would draw them solid with a warning.)
/// </summary>
internal static class RunPalette
{
    private static readonly Color[] Colours =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#d62728"), Color.FromHex("#2ca02c"), Color.FromHex("#9467bd"),
        Color.FromHex("#ff7f0e"), Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#17becf"),
        Color.FromHex("#bcbd22"), Color.FromHex("#7f7f7f"),
    ];

    public static Color For(int index, bool isReference) =>
        isReference ? Colors.Black : Colours[index % Colours.Length];
}
