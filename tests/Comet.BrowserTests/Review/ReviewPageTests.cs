using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Comet.BrowserTests.Review;

/// <summary>
/// The review page in headless Chromium against the real service on loopback: key, project and run,
/// bucket filter, search, both texts with shared terms highlighted, and answers by keyboard and by
/// click that the service then holds. Every test also asserts that the page logged no console error.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed class ReviewPageTests(ReviewFixture fixture)
{
    private readonly int _errorsBefore = fixture.Browser.Errors.Count;

    [Fact]
    public async Task SignIn_WithKey_ListsProjectRunAndRequirementsAndSendsTheKeyOnlyInTheHeader()
    {
        var review = await ReviewPage.OpenAsync(fixture.Browser, fixture.PageUrl);
        var calls = new List<IRequest>();
        review.Page.Request += (_, request) => calls.Add(request);
        Assert.True(await review.Page.Locator("#key-form").IsVisibleAsync());

        await review.SignInAsync(fixture.Key);

        Assert.Equal(ReviewProject.Id, await review.Page.InputValueAsync("#project"));
        Assert.Equal(fixture.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture), await review.Page.InputValueAsync("#run"));
        // Review order: the requirements the service's queue asks about first, then the rest by id.
        var queue = (await fixture.GetAsync($"projects/{ReviewProject.Id}/runs/{fixture.RunId}/review-queue?count=200")).AsArray()
            .Select(q => (string)q!["source"]!).Distinct().ToList();
        var expectedOrder = queue.Concat(ReviewProject.Requirements.Select(r => r.Id).Where(id => !queue.Contains(id))).ToList();
        Assert.Equal(5, queue.Count);
        Assert.Equal(expectedOrder, await review.Requirements.Locator(".id").AllTextContentsAsync());
        Assert.Equal(5, await review.Requirements.Locator(".badge.ask").CountAsync());
        Assert.Equal("5 of 5", await review.Page.TextContentAsync("#requirements-count"));
        Assert.Equal(ReviewProject.Code.Length, await review.Links.CountAsync());
        Assert.StartsWith(expectedOrder[0] + " \u2192 ", await review.Page.TextContentAsync("#detail-heading"), StringComparison.Ordinal);
        Assert.False(await review.Page.Locator("#key-form").IsVisibleAsync());

        var apiCalls = calls.Where(c => new Uri(c.Url).AbsolutePath.StartsWith("/projects", StringComparison.Ordinal)).ToList();
        Assert.True(apiCalls.Count >= 5, $"{apiCalls.Count} API calls");
        Assert.All(apiCalls, c => Assert.Equal(fixture.Key, c.Headers["x-api-key"]));
        Assert.All(calls, c => Assert.DoesNotContain(fixture.Key, c.Url, StringComparison.Ordinal));
        Assert.Equal(fixture.Key, await review.Page.EvaluateAsync<string>("sessionStorage.getItem('comet.review.apiKey')"));
        AssertNoNewErrors();
    }

    [Fact]
    public async Task BucketFilterAndSearch_NarrowLinksAndRequirements()
    {
        var review = await ReviewPage.OpenAsync(fixture.Browser, fixture.PageUrl);
        await review.SignInAsync(fixture.Key);
        await review.OrderByIdAsync();

        await review.Page.SelectOptionAsync("#bucket", "probably-not");
        await review.IdleAsync();

        var expected = await fixture.GetAsync($"projects/{ReviewProject.Id}/runs/{fixture.RunId}/links?source=R1&bucket=probably-not");
        var expectedTargets = expected["items"]!.AsArray().Select(l => (string)l!["target"]!).ToList();
        Assert.NotEmpty(expectedTargets);
        Assert.Equal(expectedTargets, await review.Links.Locator(".id").AllTextContentsAsync());
        Assert.All(await review.Links.Locator(".badge").AllTextContentsAsync(), b => Assert.Equal("probably not", b));

        await review.Page.FillAsync("#search", "r3");

        Assert.Equal(["R3"], await review.Requirements.Locator(".id").AllTextContentsAsync());
        Assert.Equal("1 of 5", await review.Page.TextContentAsync("#requirements-count"));

        await review.ClickRequirementAsync("R3");
        await review.Page.SelectOptionAsync("#bucket", string.Empty);
        await review.IdleAsync();

        Assert.Equal(ReviewProject.Code.Length, await review.Links.CountAsync());
        Assert.Equal("pay/CardPayment.java", await review.SelectedTargetAsync());
        AssertNoNewErrors();
    }

    [Fact]
    public async Task OpenLink_ShowsBothTextsSideBySideWithTheSharedTermsHighlighted()
    {
        var review = await ReviewPage.OpenAsync(fixture.Browser, fixture.PageUrl);
        await review.SignInAsync(fixture.Key);
        await review.OrderByIdAsync();

        await review.ClickLinkAsync("auth/LoginService.java");

        Assert.Equal(ReviewProject.Requirements[0].Text, await review.Page.TextContentAsync("#source-text"));
        Assert.Equal(ReviewProject.Code[0].Text, await review.Page.TextContentAsync("#target-text"));
        Assert.Equal(["user", "user", "name", "password", "password"], await review.MarksAsync("source-text"));
        var target = await review.MarksAsync("target-text");
        Assert.Contains("Name", target);
        Assert.Contains("Password", target);
        Assert.Equal(["name", "password", "user"], (await review.Page.Locator("#source-text mark").EvaluateAllAsync<string[]>("ms => ms.map(m => m.dataset.term)")).Distinct().Order());
        Assert.Contains("Shared terms (3): name, password, user", await review.Page.TextContentAsync("#shared-terms"), StringComparison.Ordinal);
        AssertNoNewErrors();
    }

    [Fact]
    public async Task OpenLink_RequirementWithMarkup_ShowsTheMarkupAsText()
    {
        var review = await ReviewPage.OpenAsync(fixture.Browser, fixture.PageUrl);
        await review.SignInAsync(fixture.Key);

        await review.ClickRequirementAsync(ReviewProject.MarkupRequirement);

        Assert.Equal(ReviewProject.Requirements[4].Text, await review.Page.TextContentAsync("#source-text"));
        Assert.Equal(0, await review.Page.Locator("#source-text img, #source-text b").CountAsync());
        Assert.Contains("reminder", await review.MarksAsync("source-text"));
        AssertNoNewErrors();
    }

    [Fact]
    public async Task Answers_ByKeyboardAndByClick_AreStoredAndShownInTheHistory()
    {
        var review = await ReviewPage.OpenAsync(fixture.Browser, fixture.PageUrl);
        await review.SignInAsync(fixture.Key, author: "keyboard-tester");
        await review.ClickRequirementAsync("R4"); // the screenshot test answers about R2; R4 is this test's alone
        var first = await review.SelectedTargetAsync();

        await review.PressAsync("j");
        var second = await review.SelectedTargetAsync();
        await review.PressAsync("c");
        await review.Page.ClickAsync("button[aria-label^='Rate 4 of 5']");
        await review.IdleAsync();
        await review.PressAsync("k");
        await review.PressAsync("r");

        Assert.NotEqual(first, second);
        Assert.Equal(first, await review.SelectedTargetAsync());
        Assert.Equal(["rejected"], await review.Page.Locator("#history li strong").AllTextContentsAsync());
        Assert.Equal("you: reject", await review.SelectedLink.Locator(".answer").TextContentAsync());
        await review.PressAsync("ArrowDown");
        Assert.Equal(["confirmed", "rated 4 of 5"], await review.Page.Locator("#history li strong").AllTextContentsAsync());

        var stored = (await fixture.GetAsync($"projects/{ReviewProject.Id}/feedback?source=R4"))["items"]!.AsArray();
        Assert.Equal(
            [(second, "confirm", (int?)null), (second, "likert", 4), (first, "reject", null)],
            stored.Select(f => ((string?)f!["target"], (string)f["verdict"]!, (int?)f["likert"])).ToList());
        Assert.All(stored, f => Assert.Equal("keyboard-tester", (string?)f!["author"]));
        Assert.All(stored, f => Assert.Equal(fixture.RunId, (long?)f!["runId"]));
        AssertNoNewErrors();
    }

    [Fact]
    public async Task Keys_MoveThroughRequirementsAndLinksAndFocusTheSearch()
    {
        var review = await ReviewPage.OpenAsync(fixture.Browser, fixture.PageUrl);
        await review.SignInAsync(fixture.Key);
        await review.OrderByIdAsync();
        var selectedRequirement = review.Page.Locator("#requirements [aria-selected=true]");

        await review.PressAsync("n");
        await review.PressAsync("n");
        Assert.Equal("R3", await selectedRequirement.GetAttributeAsync("data-id"));
        await review.PressAsync("p");
        Assert.Equal("R2", await selectedRequirement.GetAttributeAsync("data-id"));
        Assert.StartsWith("R2 \u2192 ", await review.Page.TextContentAsync("#detail-heading"), StringComparison.Ordinal);

        var top = await review.SelectedTargetAsync();
        await review.PressAsync("ArrowDown");
        await review.PressAsync("j");
        await review.PressAsync("k");
        Assert.Equal(await review.Links.Nth(1).GetAttributeAsync("data-target"), await review.SelectedTargetAsync());
        Assert.NotEqual(top, await review.SelectedTargetAsync());

        await review.Page.Keyboard.PressAsync("/");
        Assert.Equal(1, await review.Page.Locator("#search:focus").CountAsync());
        await review.Page.Keyboard.TypeAsync("r4");
        await review.Page.Keyboard.PressAsync("Escape");
        Assert.Equal(["R4"], await review.Requirements.Locator(".id").AllTextContentsAsync());
        Assert.Equal(0, await review.Page.Locator("#search:focus").CountAsync());
        AssertNoNewErrors();
    }

    [Fact]
    public async Task SignIn_WrongKey_SaysSoAndOffersTheKeyFormAgain()
    {
        var review = await ReviewPage.OpenAsync(fixture.Browser, fixture.PageUrl);

        await review.SignInAsync("comet_not-a-key");

        Assert.True(await review.Page.Locator("#key-form").IsVisibleAsync());
        Assert.Contains("unknown or revoked", await review.Page.TextContentAsync("#status"), StringComparison.Ordinal);
        Assert.Null(await review.Page.EvaluateAsync<string?>("sessionStorage.getItem('comet.review.apiKey')"));
        var errors = fixture.Browser.Errors.Skip(_errorsBefore).ToList();
        Assert.All(errors, e => Assert.Contains("401", e, StringComparison.Ordinal));
    }

    private void AssertNoNewErrors()
    {
        var errors = fixture.Browser.Errors.Skip(_errorsBefore).ToList();
        Assert.True(errors.Count == 0, "console errors: " + string.Join("\n", errors));
    }
}
