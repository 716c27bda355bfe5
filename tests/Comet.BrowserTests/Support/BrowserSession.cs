using Microsoft.Playwright;

namespace Comet.BrowserTests.Support;

/// <summary>
/// One headless system Chromium with a fresh profile, driven by Playwright. Every page it opens
/// records console errors and uncaught exceptions, so a test can assert there were none. Works for
/// file:// reports and for pages of a service on loopback alike. Dispose to close the browser and
/// delete the profile.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>The flags of the project's browser tests: no GPU, no network chatter, no first-run UI.</summary>
    public static readonly IReadOnlyList<string> Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly DirectoryInfo _profile;
    private readonly List<string> _errors = [];

    private BrowserSession(IPlaywright playwright, IBrowserContext context, DirectoryInfo profile)
    {
        _playwright = playwright;
        _context = context;
        _profile = profile;
    }

    /// <summary>Console errors and page exceptions of every page opened so far, each prefixed with its page's URL.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public static async Task<BrowserSession> StartAsync(int width = 1400, int height = 1000)
    {
        var executable = ChromiumLocator.Find();
        var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("comet-chromium-");
        try
        {
            // A persistent context is how Playwright takes a --user-data-dir: here a fresh, empty one.
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = Flags,
                ViewportSize = new ViewportSize { Width = width, Height = height },
            });
            return new BrowserSession(playwright, context, profile);
        }
        catch
        {
            playwright.Dispose();
            profile.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>A new page that reports its errors into <see cref="Errors"/>, navigated to <paramref name="url"/> and loaded.</summary>
    public async Task<IPage> OpenAsync(string url)
    {
        var page = await _context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record(url, "console: " + message.Text);
            }
        };
        page.PageError += (_, error) => Record(url, "exception: " + error);
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        _playwright.Dispose();
        try
        {
            _profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be flushing its profile; a leftover temp folder is harmless.
        }
    }

    private void Record(string url, string text)
    {
        lock (_errors)
        {
            _errors.Add(url + ": " + text);
        }
    }
}
