using System.Globalization;
using Comet.TestSupport;
using Xunit.Abstractions;

namespace Comet.BrowserTests.Report;

/// <summary>
/// The report of the largest benchmark (CCHIT, 116 x 1064 pairs) must open in under 2 s in the
/// browser (issue 8). The time is measured inside the page (navigation start to the report's own
/// "ready" mark, after the matrix is painted) and printed with the file size; the assertion is
/// generous so that a loaded CI machine does not fail it, the printed number is the claim.
/// </summary>
[Collection(ReportCollection.Name)]
public sealed class LargestReportTests(ReportFixture fixture, ITestOutputHelper output)
{
    [BenchmarkFact]
    public async Task Open_Cchit_IsReadyQuicklyAndComplete()
    {
        var size = new FileInfo(fixture.Largest).Length;
        var url = ReportFixture.Url(fixture.Largest);

        var page = await fixture.Browser.OpenAsync(url);
        await page.WaitForFunctionAsync("document.documentElement.dataset.ready === '1'");
        var times = await page.EvaluateAsync<double[]>(
            "[performance.getEntriesByName('comet-ready')[0].startTime, performance.getEntriesByType('navigation')[0].loadEventEnd]");
        var openMs = times.Max();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CCHIT report: {size / 1024.0:0} KiB, ready after {times[0]:0} ms, load event end {times[1]:0} ms (open time {openMs:0} ms)"));
        Assert.True(openMs < 10_000, $"the CCHIT report took {openMs:0} ms to open");
        Assert.Equal(116, await page.Locator("#t0-g0-requirements details.req").CountAsync());
        Assert.Equal(116, await page.Locator("#t0-g0-matrix .rowlabels button").CountAsync());
        Assert.Equal(2128, await page.EvaluateAsync<int>("document.querySelector('#t0-g0-matrix canvas').width"));
        Assert.DoesNotContain(fixture.Browser.Errors, e => e.StartsWith(url, StringComparison.Ordinal));
    }
}
