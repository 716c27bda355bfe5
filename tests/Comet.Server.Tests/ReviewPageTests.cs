using System.Net;
using System.Text.RegularExpressions;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>The review page's files (served without a key, with a CSP) and its one endpoint, matching-words.</summary>
public abstract partial class ReviewPageContract(CometServerFactory server)
{
    [BackendFact]
    public async Task Page_WithoutKey_IsServedAsHtmlWithAStrictContentSecurityPolicy()
    {
        using var client = server.ClientWithKey(null);
        using var response = await client.GetAsync("/review");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(InlineScript(), html);
    }

    [BackendFact]
    public async Task Page_EveryFileItLoads_IsServedWithItsContentType()
    {
        using var client = server.ClientWithKey(null);

        var files = await FilesOfThePageAsync(client);

        Assert.Contains("review.css", files.Keys);
        Assert.True(files.Count >= 8, "files: " + string.Join(", ", files.Keys));
        Assert.All(files, f => Assert.Equal(f.Key.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript", f.Value.ContentType));
    }

    [BackendTheory]
    [InlineData("/review/nothing.js")]
    [InlineData("/review/appsettings.json")]
    [InlineData("/review/review.html.bak")]
    public async Task Asset_NotOneOfThePagesFiles_Is404(string path)
    {
        using var client = server.ClientWithKey(null);
        using var response = await client.GetAsync(path);
        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [BackendFact]
    public async Task Scripts_NeverAssignMarkup_SoArtifactTextCannotBecomeHtml()
    {
        using var client = server.ClientWithKey(null);
        foreach (var script in (await FilesOfThePageAsync(client)).Values.Select(f => f.Text))
        {
            Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
            Assert.DoesNotContain("outerHTML", script, StringComparison.Ordinal);
            Assert.DoesNotContain("insertAdjacentHTML", script, StringComparison.Ordinal);
        }
    }

    [BackendFact]
    public async Task MatchingWords_WithoutKey_Is401()
    {
        using var client = server.ClientWithKey(null);
        using var response = await client.GetAsync("/projects/x/runs/1/links/matching-words?source=R1&target=a");
        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }

    [BackendFact]
    public async Task MatchingWords_LoginRequirementAndLoginService_SpansSpellTheSharedTerms()
    {
        var (client, run) = await TestRuns.ProjectWithRunAsync(server, "review-words");
        var body = await client.GetOkAsync($"/projects/review-words/runs/{run}/links/matching-words?source=R1&target=auth/LoginService.java");

        var terms = body["sharedTerms"]!.AsArray().Select(t => (string)t!).ToList();
        Assert.Equal(["name", "password", "user"], terms);
        var source = Spelled(Fixtures.Requirements[0].Text, body["source"]!);
        var target = Spelled(Fixtures.Code[0].Text, body["target"]!);
        Assert.Equal(["user", "user", "name", "password", "password"], source.Select(s => s.Text));
        Assert.Contains(("Name", "name"), target);
        Assert.Contains(("user", "user"), target);
        Assert.Contains(("Password", "password"), target);
        Assert.All(source.Concat(target), s => Assert.Contains(s.Term, terms));
    }

    [BackendFact]
    public async Task MatchingWords_MissingOrUnknownEnd_Is400Or404()
    {
        var (client, run) = await TestRuns.ProjectWithRunAsync(server, "review-errors");
        using var missing = await client.GetAsync($"/projects/review-errors/runs/{run}/links/matching-words?source=R1");
        var problem = await missing.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["target"]);

        using var unknown = await client.GetAsync($"/projects/review-errors/runs/{run}/links/matching-words?source=R9&target=util/Clock.java");
        await unknown.ExpectProblemAsync(HttpStatusCode.NotFound);

        using var noRun = await client.GetAsync("/projects/review-errors/runs/999/links/matching-words?source=R1&target=util/Clock.java");
        await noRun.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    // The page's files: those the HTML names, and the modules the scripts import, followed transitively.
    private static async Task<Dictionary<string, (string? ContentType, string Text)>> FilesOfThePageAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/review");
        var pending = new Queue<string>(References().Matches(html).Select(m => m.Groups["file"].Value));
        var files = new Dictionary<string, (string? ContentType, string Text)>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var file))
        {
            if (files.ContainsKey(file))
            {
                continue;
            }

            using var response = await client.GetAsync("/review/" + file);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {(int)response.StatusCode}");
            var text = await response.Content.ReadAsStringAsync();
            files[file] = (response.Content.Headers.ContentType?.MediaType, text);
            foreach (Match import in Imports().Matches(text))
            {
                pending.Enqueue(import.Groups["file"].Value);
            }
        }

        return files;
    }

    private static List<(string Text, string Term)> Spelled(string text, System.Text.Json.Nodes.JsonNode spans) =>
        [.. spans.AsArray().Select(s => (text.Substring((int)s!["start"]!, (int)s["length"]!), (string)s["term"]!))];

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"(?:src|href)=""/review/(?<file>[\w.-]+)""")]
    private static partial Regex References();

    [GeneratedRegex(@"from '\./(?<file>[\w.-]+)'")]
    private static partial Regex Imports();
}

public sealed class ReviewPageTests(CometServerFactory server) : ReviewPageContract(server), IClassFixture<CometServerFactory>;

public sealed class ReviewPageOnPostgresTests(PostgresServerFactory server) : ReviewPageContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;
