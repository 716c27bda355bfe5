using System.Diagnostics;
using System.Globalization;
using Comet.BrowserTests.Support;
using Comet.TestSupport;
using Xunit.Abstractions;

namespace Comet.BrowserTests.Review;

/// <summary>
/// The review page on the largest benchmark, CCHIT (116 requirements x 1,064 WorldVista requirements,
/// 123,424 candidate links), uploaded to the same service: a requirement with all its candidates must
/// open quickly enough to review with the keyboard.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed class LargestProjectReviewTests(ReviewFixture fixture, ITestOutputHelper output)
{
    private const string Project = "cchit";
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private readonly int _errorsBefore = fixture.Browser.Errors.Count;

    [BenchmarkFact]
    public async Task Cchit_OpeningARequirementWithEveryCandidate_TakesUnderTwoSeconds()
    {
        var folder = Path.Combine(BenchmarkData.Root, "CCHIT");
        await fixture.PostAsync("projects", new { id = Project, name = "CCHIT" });
        await fixture.PostAsync($"projects/{Project}/artifacts", new { artifacts = Artifacts(folder, "high", "source").Concat(Artifacts(folder, "low", "target")).ToArray() });
        var clock = Stopwatch.StartNew();
        await fixture.CompleteRunAsync(Project, TimeSpan.FromMinutes(3));
        var runSeconds = clock.Elapsed.TotalSeconds;

        // A key of this project only, so that the page picks it without touching the other tests' project.
        var review = await ReviewPage.OpenAsync(fixture.Browser, fixture.PageUrl);
        clock.Restart();
        await review.SignInAsync(fixture.CreateKey(Project, "read"));
        var signIn = clock.Elapsed;
        Assert.Equal("116 of 116", await review.Page.TextContentAsync("#requirements-count"));

        clock.Restart();
        await review.PressAsync("n");
        var open = clock.Elapsed;
        clock.Restart();
        await review.PressAsync("j");
        var next = clock.Elapsed;

        Assert.Equal(1000, await review.Links.CountAsync());
        Assert.Equal("1064 (first 1000)", await review.Page.TextContentAsync("#links-count"));
        Assert.NotEmpty(await review.Page.TextContentAsync("#target-text") ?? string.Empty);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CCHIT: run {runSeconds:0.0} s; sign-in to first link open {signIn.TotalMilliseconds:0} ms; next requirement with 1000 links {open.TotalMilliseconds:0} ms; next link {next.TotalMilliseconds:0} ms"));
        Assert.True(open < Budget, $"opening a requirement took {open.TotalMilliseconds:0} ms");
        Assert.True(next < Budget, $"opening the next link took {next.TotalMilliseconds:0} ms");
        var errors = fixture.Browser.Errors.Skip(_errorsBefore).ToList();
        Assert.True(errors.Count == 0, "console errors: " + string.Join("\n", errors));
    }

    // Every file of a folder as an artifact; CCHIT's files are named by their id and have no extension.
    private static IEnumerable<object> Artifacts(string folder, string subfolder, string role) =>
        Directory.EnumerateFiles(Path.Combine(folder, subfolder)).Order(StringComparer.Ordinal)
            .Select(file => new { role, id = Path.GetFileName(file), text = File.ReadAllText(file) });
}
