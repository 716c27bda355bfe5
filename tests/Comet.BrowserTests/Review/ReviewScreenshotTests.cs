namespace Comet.BrowserTests.Review;

/// <summary>
/// A picture of the review page with a link open and an answer given. Written to a temporary file on
/// every run; with COMET_REVIEW_SCREENSHOT set (see screenshot-review.sh) also to that path, e.g. docs/review.png.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed class ReviewScreenshotTests(ReviewFixture fixture)
{
    public const string EnvironmentVariable = "COMET_REVIEW_SCREENSHOT";

    [Fact]
    public async Task Screenshot_LinkOpenWithHighlights_IsAPngOfReasonableSize()
    {
        var review = await ReviewPage.OpenAsync(fixture.Browser, fixture.PageUrl);
        await review.SignInAsync(fixture.Key, author: "ana");
        await review.ClickRequirementAsync("R2");
        await review.ClickLinkAsync("report/MonthlyReportPrinter.java");
        await review.Page.FillAsync("#comment", "prints exactly this report");
        await review.Page.ClickAsync("#confirm");
        await review.IdleAsync();
        await review.Page.Locator("#links").FocusAsync();

        var path = Path.Combine(Path.GetTempPath(), $"comet-review-{Environment.ProcessId}.png");
        var bytes = await review.Page.ScreenshotAsync(new() { Path = path });
        var wanted = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(wanted))
        {
            await File.WriteAllBytesAsync(wanted, bytes);
        }

        File.Delete(path);
        Assert.InRange(bytes.Length, 20_000, 400_000);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
        Assert.Equal("confirmed", await review.Page.Locator("#history li strong").Last.TextContentAsync());
    }
}
