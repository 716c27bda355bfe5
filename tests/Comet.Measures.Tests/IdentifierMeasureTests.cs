using Comet.Core.Artifacts;
using Comet.Core.Tasks;
using Comet.Measures.Identifiers;
using Comet.Preprocessing;

namespace Comet.Measures.Tests;

public class IdentifierMeasureTests
{
    private const double Precision = 1e-12;

    [Fact]
    public void Compute_RequirementNamingAClassInWords_RanksThatClassFirst()
    {
        var matrix = new IdentifierMeasure().Compute(TinyTasks.Context(
            ["The clerk opens the patient records of a visit"],
            ["class PatientRecord { void open() { } }", "class InvoiceLine { void print() { } }", "class Appointment { }"]));
        Assert.True(matrix[0, 0] > matrix[0, 1]);
        Assert.True(matrix[0, 0] > matrix[0, 2]);
    }

    [Fact]
    public void Compute_CompoundNameMatch_MatchesHandComputedWeights()
    {
        // Targets: T0 holds patient, record and the compound patientrecord; T1 the two words apart; T2
        // neither. idf over 3 targets: words ln(3/2), compound ln(3) x 2 words. Each score is the shared
        // weight over the square root of the target's total weight, here sqrt of the total itself.
        var matrix = new IdentifierMeasure(ownNameWeight: 0).Compute(TinyTasks.Context(
            ["patient record"], ["PatientRecord", "patient and record", "invoice"]));
        var word = Math.Log(1.5);
        var compound = 2 * Math.Log(3);
        Assert.Equal(Math.Sqrt((2 * word) + compound), matrix[0, 0], Precision);
        Assert.Equal(Math.Sqrt(2 * word), matrix[0, 1], Precision);
        Assert.Equal(0.0, matrix[0, 2], Precision);
    }

    [Fact]
    public void Compute_FileNameInThePath_CountsAsAName()
    {
        var task = new TraceTask
        {
            Id = "paths",
            Sources = new ArtifactSet("sources", [new Artifact("S0", ArtifactKind.Requirement, "Export the invoices as PDF", null, "en")]),
            Targets = new ArtifactSet("targets",
            [
                new Artifact("T0", ArtifactKind.Source, "void run() { }", "src/billing/InvoiceExporter.java", "en"),
                new Artifact("T1", ArtifactKind.Source, "void run() { }", "src/auth/LoginForm.java", "en"),
            ]),
        };
        using var analyzer = new TextAnalyzer(new AnalysisOptions());
        var matrix = new IdentifierMeasure().Compute(new MeasureContext(task, AnalyzedCorpus.Build(task.Sources, task.Targets, analyzer)));
        Assert.True(matrix[0, 0] > 0);
        Assert.Equal(0.0, matrix[0, 1], Precision);
    }

    [Fact]
    public void Compute_ClassDeclaredByTheTarget_BeatsOneThatOnlyUsesIt()
    {
        var matrix = new IdentifierMeasure().Compute(TinyTasks.Context(
            ["The clerk opens the patient record"],
            ["class PatientRecord { Date opened; }", "class Ward { PatientRecord record; }", "class Invoice { }"]));
        Assert.True(matrix[0, 0] > matrix[0, 1]);
        Assert.True(matrix[0, 1] > matrix[0, 2]);
    }

    [Theory]
    [InlineData("public class PatientRecord extends Base implements Serializable, interface Api", "PatientRecord Api")]
    [InlineData("struct est_ctx *ctx; enum mode m;", "")]
    [InlineData("Class GUILogin Date: 18/09/2003", "GUILogin")]
    public void DeclaredTypes_ClassesAndInterfacesOnly(string text, string names) =>
        Assert.Equal(names, IdentifierParts.DeclaredTypes(text));

    [Fact]
    public void Compute_OneTarget_ScoresZeroNotNaN()
    {
        var matrix = new IdentifierMeasure().Compute(TinyTasks.Context(["patient record"], ["PatientRecord"]));
        Assert.Equal(0.0, matrix[0, 0], Precision);
    }

    [Theory]
    [InlineData("HTTPServer", "http server")]
    [InlineData("get_patient_records", "get patient record")]
    [InlineData("Records2Class", "record class")]
    [InlineData("status", "status")]
    public void Split_CompoundNames_GivesNormalisedWords(string token, string words) =>
        Assert.Equal(words.Split(' '), IdentifierParts.Split(token));

    [Fact]
    public void SourceMentions_WordsAndCamelCase_GiveTheSameKeys()
    {
        Assert.Contains("patientrecord", SourceMentions.Of("open the patient records"));
        Assert.Contains("patientrecord", SourceMentions.Of("call patientRecord.open()"));
    }
}
