using System.Net;
using Comet.Server.Keys;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

public sealed class KeysCommandTests(CometServerFactory server) : IClassFixture<CometServerFactory>
{
    [Fact]
    public async Task Create_AdminKey_PrintsAKeyThatOpensTheProject()
    {
        var (code, output, _) = Run("keys", "create", "--project", "kc-create", "--scope", "admin", "--label", "ci", "--data", server.DataDirectory);
        Assert.Equal(0, code);
        var key = output.Trim();
        Assert.StartsWith("comet_", key, StringComparison.Ordinal);

        using var client = server.ClientWithKey(key);
        await client.PostOkAsync("/projects", new { id = "kc-create" });
    }

    [Theory]
    [InlineData("--scope", "owner")]
    [InlineData("--project", "Not Valid")]
    public void Create_BadScopeOrProject_ExitsNonZero(string option, string value)
    {
        var args = new List<string> { "keys", "create", "--project", "kc-bad", "--scope", "read", "--data", server.DataDirectory };
        args[args.IndexOf(option) + 1] = value;
        var (code, output, _) = Run([.. args]);
        Assert.NotEqual(0, code);
        Assert.DoesNotContain("comet_", output, StringComparison.Ordinal);
    }

    [Fact]
    public void List_AfterCreate_ShowsTheKeyWithoutItsSecret()
    {
        var (_, key, _) = Run("keys", "create", "--project", "kc-list", "--scope", "write", "--data", server.DataDirectory);
        var (code, output, _) = Run("keys", "list", "--project", "kc-list", "--data", server.DataDirectory);
        Assert.Equal(0, code);
        Assert.Contains("kc-list\twrite\tactive", output, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Trim(), output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_Key_IsRefusedAfterwards()
    {
        using var admin = await server.NewProjectAsync("kc-revoke");
        var (_, key, _) = Run("keys", "create", "--project", "kc-revoke", "--scope", "read", "--data", server.DataDirectory);
        using var client = server.ClientWithKey(key.Trim());
        await client.GetOkAsync("/projects/kc-revoke");

        var (_, list, _) = Run("keys", "list", "--project", "kc-revoke", "--data", server.DataDirectory);
        var id = list.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Split('\t')[0];
        Assert.Equal(0, Run("keys", "revoke", "--id", id, "--data", server.DataDirectory).Code);
        using var response = await client.GetAsync("/projects/kc-revoke");
        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        Assert.NotEqual(0, Run("keys", "revoke", "--id", id, "--data", server.DataDirectory).Code);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = KeysCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
