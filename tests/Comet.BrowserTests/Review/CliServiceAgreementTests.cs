using System.Text.Json.Nodes;
using Comet.BrowserTests.Support;

namespace Comet.BrowserTests.Review;

/// <summary>
/// One pipeline for both front ends: the same project, measures and answers give the same link
/// probabilities from `comet trace --answers` (the built CLI on folders) and from the service (the real
/// process, over HTTP). Lives beside the review tests because they already run the service.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed class CliServiceAgreementTests(ReviewFixture fixture)
{
    // Tests between requirements and code: the service then adds transitive evidence (requirement ->
    // test -> code), as `comet trace --tests --transitive` does.
    private static readonly (string Id, string Text)[] Tests =
    [
        ("tests/PaymentTest.java", "class PaymentTest {\n  void payInvoiceByCreditCard() { new CardPayment().payInvoice(invoice, card); }\n}"),
        ("tests/LoginTest.java", "class LoginTest {\n  void wrongPasswordIsRefused() { assertFalse(new LoginService().login(user, wrongPassword)); }\n}"),
    ];

    // Verdicts both ways and a Likert level, on links the measures rank high and low.
    private static readonly (string Source, string Target, string Verdict, int? Likert, string FileAnswer)[] Answers =
    [
        ("R3", "pay/CardPayment.java", "confirm", null, "yes"),
        ("R1", "auth/LoginService.java", "reject", null, "no"),
        ("R2", "util/Clock.java", "confirm", null, "yes"),
        ("R4", "catalogue/SpreadsheetExporter.java", "likert", 4, "4"),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TraceWithAnswers_AndTheServiceRun_GiveTheSameProbabilities(bool withTests)
    {
        var project = withTests ? "agreement-tests" : "agreement";
        var artifacts = ReviewProject.Requirements.Select(r => new { role = "source", id = r.Id, text = r.Text })
            .Concat(ReviewProject.Code.Select(c => new { role = "target", id = c.Id, text = c.Text }))
            .Concat(withTests ? Tests.Select(t => new { role = "intermediate", id = t.Id, text = t.Text }) : [])
            .ToArray();
        await fixture.PostAsync("projects", new { id = project, name = "CLI and service agree" });
        await fixture.PostAsync($"projects/{project}/artifacts", new { artifacts });
        foreach (var (source, target, verdict, likert, _) in Answers)
        {
            await fixture.PostAsync($"projects/{project}/feedback", new { source, target, verdict, likert, author = "ana" });
        }

        var run = await fixture.CompleteRunAsync(project, TimeSpan.FromSeconds(60));
        var settings = await fixture.GetAsync($"projects/{project}");
        var measures = string.Join(',', settings["settings"]!["measures"]!.AsArray().Select(m => (string)m!));
        var service = (await fixture.GetAsync($"projects/{project}/runs/{run}/links?limit=100"))["items"]!.AsArray()
            .ToDictionary(l => ((string)l!["source"]!, (string)l["target"]!), l => (double)l!["probability"]!);

        var cli = TraceFolders(measures, withTests);

        Assert.Equal(ReviewProject.Requirements.Length * ReviewProject.Code.Length, service.Count);
        Assert.Equal(service.Count, cli.Count);
        foreach (var (link, probability) in service)
        {
            Assert.True(cli.TryGetValue(link, out var fromCli), $"{link} missing from the CLI's links");
            Assert.True(Math.Abs(probability - fromCli) <= 1e-9, $"{link}: service {probability}, CLI {fromCli}");
        }

        // With tests the run really used them: its description names the paths.
        var described = (await fixture.GetAsync($"projects/{project}/runs/{run}")).ToJsonString();
        Assert.Equal(withTests, described.Contains("paths through intermediate artifacts", StringComparison.Ordinal));

        // The answers reached both: the confirmed link leads its requirement, the rejected one does not.
        Assert.True(service[("R2", "util/Clock.java")] > 0.5, $"confirmed link at {service[("R2", "util/Clock.java")]}");
        Assert.True(service[("R1", "auth/LoginService.java")] < 0.5, $"rejected link at {service[("R1", "auth/LoginService.java")]}");
    }

    /// <summary>The project written to folders as a user keeps it, traced by the built CLI with the answers file.</summary>
    private static Dictionary<(string, string), double> TraceFolders(string measures, bool withTests)
    {
        var root = Directory.CreateTempSubdirectory("comet-agreement-");
        try
        {
            Write(Path.Combine(root.FullName, "requirements"), ReviewProject.Requirements);
            Write(Path.Combine(root.FullName, "code"), ReviewProject.Code);
            var answers = Path.Combine(root.FullName, "answers.csv");
            File.WriteAllLines(answers, ["source,target,answer", .. Answers.Select(a => $"{a.Source},{a.Target},{a.FileAnswer}")]);
            var output = Path.Combine(root.FullName, "links.json");
            var args = new List<string>
            {
                "trace", "--sources", Path.Combine(root.FullName, "requirements"), "--targets", Path.Combine(root.FullName, "code"),
                "--measures", measures, "--answers", answers, "--top", "all", "--format", "json", "--out", output, "--quiet",
            };
            if (withTests)
            {
                Write(Path.Combine(root.FullName, "tests"), Tests);
                args.AddRange(["--tests", Path.Combine(root.FullName, "tests"), "--transitive"]);
            }

            CometCli.Run([.. args]);

            // The CLI's JSON lists every view's links; with --tests it also holds the requirement -> test view.
            return JsonNode.Parse(File.ReadAllText(output))!["links"]!.AsArray()
                .Where(l => (string)l!["view"]! == "code")
                .ToDictionary(l => ((string)l!["source"]!, (string)l["target"]!), l => (double)l!["probability"]!);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static void Write(string folder, IEnumerable<(string Id, string Text)> artifacts)
    {
        foreach (var (id, text) in artifacts)
        {
            var path = Path.Combine(folder, id);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }
}
