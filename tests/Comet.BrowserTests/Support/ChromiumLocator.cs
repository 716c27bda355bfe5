namespace Comet.BrowserTests.Support;

/// <summary>
/// Finds the system Chromium: $COMET_CHROMIUM, else Debian's /usr/bin/chromium. Absent, the tests
/// fail with the command that installs it; they never skip silently and never download a browser.
/// </summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "COMET_CHROMIUM";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"];

    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{EnvironmentVariable}={configured}, but no such file.");
        }

        return Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "Chromium not found (looked for " + string.Join(", ", Candidates) + "). Install it with "
                + "tests/Comet.BrowserTests/install-browser.sh (apt-get install chromium chromium-driver) or set " + EnvironmentVariable + ".");
    }
}
