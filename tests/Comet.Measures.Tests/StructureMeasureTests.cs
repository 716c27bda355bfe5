using Comet.Core.Artifacts;
using Comet.Core.Tasks;
using Comet.Measures.Structure;
using Comet.Preprocessing;

namespace Comet.Measures.Tests;

public class StructureMeasureTests
{
    private static MeasureContext Context(string[] sources, (string Path, string Text)[] targets)
    {
        var task = new TraceTask
        {
            Id = "structure",
            Sources = new ArtifactSet("sources", sources.Select((t, i) => new Artifact($"S{i}", ArtifactKind.Requirement, t, null, "en"))),
            Targets = new ArtifactSet("targets", targets.Select(t => new Artifact(t.Path, ArtifactKind.Source, t.Text, t.Path, "en"))),
        };
        using var analyzer = new TextAnalyzer(new AnalysisOptions());
        return new MeasureContext(task, AnalyzedCorpus.Build(task.Sources, task.Targets, analyzer));
    }

    [Fact]
    public void Compute_FileImportedByAMatchingFile_ScoresAboveAnIsolatedOne()
    {
        var context = Context(
            ["The clerk books a patient appointment in the calendar"],
            [
                ("Booking.java", "import Slot;\nclass Booking { Slot slot; // patient appointment calendar booking\n}"),
                ("Slot.java", "class Slot { int minutes; }"),
                ("Printer.java", "class Printer { void print() { } }"),
            ]);
        var matrix = new StructureMeasure().Compute(context);

        // Slot says nothing of appointments itself; its collaborator Booking does.
        Assert.True(matrix[0, 1] > 0);
        Assert.Equal(0.0, matrix[0, 2]);
    }

    [Fact]
    public void Compute_IsTheWeightedMeanOfTheNeighboursVsm()
    {
        var context = Context(
            ["invoice payment", "login password"],
            [
                ("Invoice.java", "class Invoice { Payment p; Login l; }"),
                ("Payment.java", "class Payment { // invoice payment\n}"),
                ("Login.java", "class Login { // login password\n}"),
            ]);
        var matrix = new StructureMeasure().Compute(context);
        var vsm = context.Measure(StructureMeasure.BaseMeasure);

        // Invoice ties to Payment and Login with one type reference each: the plain mean of their vsm.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal((vsm[i, 1] + vsm[i, 2]) / 2, matrix[i, 0], 12);
            Assert.Equal(vsm[i, 0], matrix[i, 1], 12);
        }
    }

    [Fact]
    public void Compute_ProseTargets_AllZero()
    {
        var matrix = new StructureMeasure().Compute(Context(["a patient visit"], [("UC1.txt", "The patient visits."), ("UC2.txt", "The Patient class.")]));
        Assert.All(matrix.Values.ToArray(), v => Assert.Equal(0.0, v));
    }
}
