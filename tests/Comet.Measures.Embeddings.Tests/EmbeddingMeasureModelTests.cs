using Comet.TestSupport;

namespace Comet.Measures.Embeddings.Tests;

/// <summary>
/// What only the real model shows (loaded once for the class, private cache folder). The contract every
/// measure keeps is tested once over the pipeline's catalog, in tests/Comet.Pipeline.Tests.
/// </summary>
public class EmbeddingMeasureModelTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    private EmbeddingMeasure Measure() => new(new EmbeddingOptions { CacheFolder = fixture.CacheFolder });

    [Fact]
    public void Compute_CachedAndUncached_GiveSameMatrix()
    {
        var task = TinyTasks.Task(
            ["user login password", "report export pdf", "audit log entry"],
            ["login controller password hash", "pdf exporter report", "log writer audit", "unrelated weather"]);

        var cached = Measure().Compute(TinyTasks.Context(task));
        var uncached = new EmbeddingMeasure(new EmbeddingOptions { UseCache = false }).Compute(TinyTasks.Context(task));

        Assert.Equal(cached.Values.ToArray(), uncached.Values.ToArray());
    }

    [Fact]
    public void Compute_ColdIntoEmptyFolderThenWarm_GivesTheSameScoresBitForBit()
    {
        using var folder = new TemporaryFolder();
        var context = TinyTasks.Context(
            ["The clerk books a room for a guest.", "Invoices are exported as PDF."],
            ["class RoomBooking { void book(Guest guest, Room room) { ... } }", "class PdfInvoiceExporter { byte[] export(Invoice invoice) { ... } }"]);
        EmbeddingMeasure InFolder() => new(new EmbeddingOptions { CacheFolder = folder.Path });

        var cold = InFolder().Compute(context).Values.ToArray();
        var files = Directory.GetFiles(folder.Path, "*.vec", SearchOption.AllDirectories);
        var warm = InFolder().Compute(context).Values.ToArray();

        Assert.Equal(4, files.Length);
        Assert.All(files, file => Assert.Equal("CME2"u8.ToArray(), File.ReadAllBytes(file)[..4]));
        Assert.Equal(cold.Select(BitConverter.DoubleToInt64Bits), warm.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Compute_RelatedRequirementAndCode_RanksTheRelatedClassFirst()
    {
        var matrix = Measure().Compute(TinyTasks.Context(
            ["The user logs in with a user name and a password."],
            ["class WeatherForecast { double getTemperature() { return sensor.read(); } }",
             "class LoginController { boolean checkPassword(String userName, String password) { ... } }"]));

        Assert.True(matrix[0, 1] > matrix[0, 0], $"login {matrix[0, 1]}, weather {matrix[0, 0]}");
    }
}
