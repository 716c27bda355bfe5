using Comet.Measures.Bridging;
using Comet.Measures.Lexical;

namespace Comet.Measures.Tests;

public class BitermMeasureTests
{
    private const double Precision = 1e-12;

    [Fact]
    public void Compute_WordsThatStandTogetherInBoth_RankAboveTheSameWordsApart()
    {
        // Both targets hold "edit", "patient" and "name"; only the first holds them together, as the requirement does.
        var context = TinyTasks.Context(
            ["The nurse edits the patient name.", "The station prints the temperature."],
            ["void editPatientName(String value) { store(value); }", "String name; Patient owner; void edit() { store(); }", "void printTemperature() {}"]);

        var vsm = new VsmMeasure().Compute(context);
        var biterm = new BitermMeasure().Compute(context);

        Assert.True(biterm[0, 0] / biterm[0, 1] > vsm[0, 0] / vsm[0, 1], $"biterm {biterm[0, 0]} / {biterm[0, 1]}, vsm {vsm[0, 0]} / {vsm[0, 1]}");
        Assert.True(biterm[0, 0] > biterm[0, 1]);
    }

    [Fact]
    public void Compute_NoBitermSharedBySourcesAndTargets_IsPlainCosine()
    {
        // A biterm only one side holds is not consensual: the vectors are the words alone.
        var context = TinyTasks.Context(["alpha beta gamma", "delta"], ["gamma delta", "beta epsilon"]);

        var vsm = new VsmMeasure().Compute(context);
        var biterm = new BitermMeasure().Compute(context);

        Assert.Equal(vsm.Values.ToArray(), biterm.Values.ToArray(), (a, b) => Math.Abs(a - b) < Precision);
    }

    [Fact]
    public void Compute_IdenticalArtifacts_ScoreOne()
    {
        var context = TinyTasks.Context(["The clerk refunds the invoice payment."], ["The clerk refunds the invoice payment.", "weather"]);

        Assert.Equal(1.0, new BitermMeasure().Compute(context)[0, 0], Precision);
    }

    [Fact]
    public void Biterms_PairTermsWithinTheWindowOfOneLine_NeverAcrossLines()
    {
        using var analyzer = new Comet.Preprocessing.TextAnalyzer(new Comet.Preprocessing.AnalysisOptions { Languages = ["en"] });

        var biterms = Biterms.Of("refund invoice payment\nweather station", analyzer, window: 1);

        Assert.Equal(["invoic payment", "invoic refund", "station weather"], biterms.Keys.Order(StringComparer.Ordinal));
    }
}
