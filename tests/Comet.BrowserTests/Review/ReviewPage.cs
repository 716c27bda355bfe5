using Comet.BrowserTests.Support;
using Microsoft.Playwright;

namespace Comet.BrowserTests.Review;

/// <summary>The review page in one browser tab, with the steps the tests repeat. Every wait is bounded (10 s).</summary>
public sealed class ReviewPage
{
    private const float WaitMs = 10_000;

    private ReviewPage(IPage page) => Page = page;

    public IPage Page { get; }

    public ILocator Requirements => Page.Locator("#requirements [role=option]:not([hidden])");

    public ILocator Links => Page.Locator("#links [role=option]");

    public ILocator SelectedLink => Page.Locator("#links [role=option][aria-selected=true]");

    public static async Task<ReviewPage> OpenAsync(BrowserSession browser, string url)
    {
        var page = await browser.OpenAsync(url);
        page.SetDefaultTimeout(WaitMs);
        await page.Locator("html[data-ready='1']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = WaitMs });
        return new ReviewPage(page);
    }

    /// <summary>Types the reviewer's name and the key, submits, and waits until the first link is open.</summary>
    public async Task SignInAsync(string key, string author = "ana")
    {
        await Page.FillAsync("#author", author);
        await Page.FillAsync("#api-key", key);
        await Page.ClickAsync("#key-form button[type=submit]");
        await IdleAsync();
    }

    /// <summary>Waits until no call of the page is under way. A selector, not a script: the page's CSP forbids eval, which WaitForFunction needs.</summary>
    public Task IdleAsync() =>
        Page.Locator("html[data-busy='0']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = WaitMs });

    /// <summary>Lists the requirements by id instead of review-first (for steps that walk them in id order).</summary>
    public async Task OrderByIdAsync()
    {
        await Page.SelectOptionAsync("#order", "id");
        await IdleAsync();
    }

    public async Task ClickRequirementAsync(string id)
    {
        await Page.Locator($"#requirements [role=option][data-id='{id}']").ClickAsync();
        await IdleAsync();
    }

    public async Task ClickLinkAsync(string target)
    {
        await Page.Locator($"#links [role=option][data-target='{target}']").ClickAsync();
        await IdleAsync();
    }

    /// <summary>Presses a key with the focus outside every field, as a reviewer moving through links does.</summary>
    public async Task PressAsync(string key)
    {
        await Page.Keyboard.PressAsync(key);
        await IdleAsync();
    }

    public Task<string?> SelectedTargetAsync() => SelectedLink.GetAttributeAsync("data-target");

    public async Task<IReadOnlyList<string>> MarksAsync(string textId) =>
        await Page.Locator($"#{textId} mark").AllTextContentsAsync();
}
