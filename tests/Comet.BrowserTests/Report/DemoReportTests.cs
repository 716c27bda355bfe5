using Comet.TestSupport;
using Microsoft.Playwright;

namespace Comet.BrowserTests.Report;

/// <summary>The demo project's report in headless Chromium: it loads cleanly, sorts, expands and filters.</summary>
[Collection(ReportCollection.Name)]
public sealed class DemoReportTests(ReportFixture fixture)
{
    private const string Matrix = "#t0-g0-matrix";

    [BenchmarkFact]
    public async Task Open_DemoProject_ShowsEveryRequirementAndNoConsoleErrors()
    {
        var page = await OpenAsync(fixture.DemoProject);

        Assert.Equal(22, await page.Locator("#t0-g0-requirements details.req").CountAsync());
        Assert.Equal(22, await page.Locator("#t0-g1-requirements details.req").CountAsync());
        Assert.Equal(22, await page.Locator(Matrix + " .rowlabels button").CountAsync());
        Assert.Equal(34, await page.Locator(Matrix + " .collabels button").CountAsync());
        Assert.Equal("22 of 22 shown", await page.Locator("#t0-g0-requirements .controls .count").TextContentAsync());
        AssertNoErrors(fixture.DemoProject);
    }

    [BenchmarkFact]
    public async Task SortButton_RowsByBestLevel_OrdersRowsByTheirBestCellAndTogglesOnSecondClick()
    {
        var page = await OpenAsync(fixture.DemoProject);
        var before = await RowLabelsAsync(page);
        var button = page.Locator(Matrix + " button.sort[data-axis=rows][data-key=best]");

        await button.ClickAsync();

        var sorted = await RowBestAsync(page);
        Assert.Equal(sorted.OrderByDescending(v => v), sorted);
        Assert.NotEqual(before, await RowLabelsAsync(page));
        Assert.Equal("best", await page.GetAttributeAsync(Matrix, "data-rows-sort"));
        Assert.Equal("true", await button.GetAttributeAsync("aria-pressed"));

        await button.ClickAsync();

        var ascending = await RowBestAsync(page);
        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal("best:desc", await page.GetAttributeAsync(Matrix, "data-rows-sort"));
        AssertNoErrors(fixture.DemoProject);
    }

    [BenchmarkFact]
    public async Task RowLabel_Click_SortsColumnsSoThatRowsTopLinkComesFirst()
    {
        var page = await OpenAsync(fixture.DemoProject);

        // The server-side ranking and the in-page sort must agree on REQ-13's best code file.
        var topLink = await page.Locator("#t0-g0-r12 table.links tbody tr:first-child td:nth-child(2)").TextContentAsync();
        await page.Locator(Matrix + " .rowlabels button", new() { HasTextString = "REQ-13.txt" }).ClickAsync();

        Assert.Equal(topLink, await page.Locator(Matrix + " .collabels button").First.TextContentAsync());
        Assert.Equal("by:12", await page.GetAttributeAsync(Matrix, "data-cols-sort"));
    }

    [BenchmarkFact]
    public async Task Summary_Click_ExpandsTheRequirementAndShowsItsLinks()
    {
        var page = await OpenAsync(fixture.DemoProject);
        var section = page.Locator("#t0-g0-r4");
        Assert.Null(await section.GetAttributeAsync("open"));

        await section.Locator("summary").ClickAsync();

        Assert.NotNull(await section.GetAttributeAsync("open"));
        var table = section.Locator("table.links");
        Assert.True(await table.IsVisibleAsync());
        Assert.True(await table.Locator("tbody tr").CountAsync() >= 3);
        Assert.Contains("Loan periods", await section.Locator("p.text").TextContentAsync(), StringComparison.Ordinal);
    }

    [BenchmarkFact]
    public async Task BucketFilter_Gaps_ShowsExactlyTheRequirementsListedAsGaps()
    {
        var page = await OpenAsync(fixture.DemoProject);
        var gaps = await page.Locator("#t0-g0-gaps ul").First.Locator("li a").CountAsync();

        await page.Locator("#t0-g0-requirements select.bucket").SelectOptionAsync("gap");

        Assert.True(gaps > 0);
        Assert.Equal(gaps, await page.Locator("#t0-g0-requirements details.req:visible").CountAsync());
        Assert.Equal($"{gaps} of 22 shown", await page.Locator("#t0-g0-requirements .controls .count").TextContentAsync());
    }

    [BenchmarkFact]
    public async Task Open_DemoTrace_TestsSectionShowsTheModelsProbabilitiesAndTheHeadlineCountsThem()
    {
        var page = await OpenAsync(fixture.DemoTrace);

        // Issue 19: this section once showed "-" for every probability and "probably not" for every link.
        var probabilities = await page.Locator("#t0-g1-requirements table.links tbody td:nth-child(4)").AllTextContentsAsync();
        Assert.True(probabilities.Count >= 22);
        Assert.All(probabilities, p => Assert.InRange(double.Parse(p, System.Globalization.CultureInfo.InvariantCulture), 0.0, 1.0));
        var probable = await page.Locator("#t0-g1-requirements details.req[data-bucket=probable]").CountAsync();
        Assert.True(probable > 0);
        var card = page.Locator(".card", new() { HasTextString = "whose best tests candidate is probably linked" }).Locator("b");
        Assert.Equal(probable.ToString(System.Globalization.CultureInfo.InvariantCulture), await card.TextContentAsync());
        // The demo's gold: REQ-05 (loan periods) is tested by DueDatePolicyTest.
        Assert.Equal("lending/DueDatePolicyTest.java", await page.Locator("#t0-g1-r4 table.links tbody tr:first-child td:nth-child(2)").TextContentAsync());
        AssertNoErrors(fixture.DemoTrace);
    }

    [BenchmarkFact]
    public async Task Open_DemoEvaluation_ShowsMetricsTableAndBothPlots()
    {
        var page = await OpenAsync(fixture.DemoEvaluation);

        // Three measures and the link model's row.
        Assert.Equal(4, await page.Locator("table.results tbody tr").CountAsync());
        Assert.Equal(1, await page.Locator("table.results tbody tr", new() { HasText = "model hbn" }).CountAsync());
        Assert.Equal(1, await page.Locator("table.results tr.best-ap").CountAsync());
        Assert.Equal(2, await page.Locator("svg.plot").CountAsync());
        Assert.True(await page.Locator("svg.plot").First.IsVisibleAsync());
        Assert.True(await page.Locator("#t0-g0-matrix canvas").IsVisibleAsync());
        AssertNoErrors(fixture.DemoEvaluation);
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await fixture.Browser.OpenAsync(ReportFixture.Url(path));
        await page.WaitForFunctionAsync("document.documentElement.dataset.ready === '1'");
        return page;
    }

    private void AssertNoErrors(string path)
    {
        var url = ReportFixture.Url(path);
        Assert.DoesNotContain(fixture.Browser.Errors, e => e.StartsWith(url, StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<string>> RowLabelsAsync(IPage page) =>
        await page.Locator(Matrix + " .rowlabels button").AllTextContentsAsync();

    private static async Task<int[]> RowBestAsync(IPage page) =>
        await page.EvaluateAsync<int[]>($"[...document.querySelectorAll('{Matrix} .rowlabels button')].map(b => +b.dataset.best)");
}
