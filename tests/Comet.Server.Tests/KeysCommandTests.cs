using System.Diagnostics;
using System.Net;
using Comet.Server.Keys;
using Comet.Server.Tests.Support;
using Comet.TestSupport;

namespace Comet.Server.Tests;

/// <summary>
/// The keys command against the server's database: run on SQLite in-process (<see cref="KeysCommandTests"/>)
/// and on PostgreSQL as a child process (<see cref="KeysCommandOnPostgresTests"/>).
/// </summary>
public abstract class KeysCommandContract(CometServerFactory server)
{
    [BackendFact]
    public async Task Create_AdminKey_PrintsAKeyThatOpensTheProject()
    {
        var (code, output, _) = Run("keys", "create", "--project", "kc-create", "--scope", "admin", "--label", "ci", "--data", server.DataDirectory);
        Assert.Equal(0, code);
        var key = output.Trim();
        Assert.StartsWith("comet_", key, StringComparison.Ordinal);

        using var client = server.ClientWithKey(key);
        await client.PostOkAsync("/projects", new { id = "kc-create" });
    }

    [BackendTheory]
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

    [BackendFact]
    public void List_AfterCreate_ShowsTheKeyWithoutItsSecret()
    {
        var (_, key, _) = Run("keys", "create", "--project", "kc-list", "--scope", "write", "--data", server.DataDirectory);
        var (code, output, _) = Run("keys", "list", "--project", "kc-list", "--data", server.DataDirectory);
        Assert.Equal(0, code);
        Assert.Contains("kc-list\twrite\tactive", output, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Trim(), output, StringComparison.Ordinal);
    }

    [BackendFact]
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

    /// <summary>`keys ARGS` on the server's database.</summary>
    private protected abstract (int Code, string Output, string Error) Run(params string[] args);
}

public sealed class KeysCommandTests(CometServerFactory server) : KeysCommandContract(server), IClassFixture<CometServerFactory>
{
    private protected override (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = KeysCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

public sealed class KeysCommandOnPostgresTests : KeysCommandContract, IClassFixture<PostgresServerFactory>, IPostgresTests
{
    private readonly PostgresServerFactory _server;

    public KeysCommandOnPostgresTests(PostgresServerFactory server)
        : base(server)
    {
        _server = server;
    }

    // The command takes the database from the Comet__* environment, as an operator runs it; a child
    // process gets that environment without changing the test host's, which other classes share.
    private protected override (int Code, string Output, string Error) Run(params string[] args)
    {
        var start = ServiceLauncher.StartInfo(AppContext.BaseDirectory, _server.DataDirectory, args);
        start.Environment["Comet__Storage"] = "Postgres";
        start.Environment["Comet__PostgresConnection"] = _server.ConnectionString;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the keys command");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the keys command did not exit");
        return (process.ExitCode, output.Result, error.Result);
    }
}
