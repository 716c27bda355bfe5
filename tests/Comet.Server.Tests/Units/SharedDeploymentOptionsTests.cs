using Comet.Server.Hosting;
using Comet.Server.Persistence;

namespace Comet.Server.Tests.Units;

public sealed class SharedDeploymentOptionsTests
{
    [Fact]
    public void Problem_ApiOrWorkerRoleOnSqlite_IsRefused()
    {
        Assert.Contains("needs Comet:Storage Postgres", new ServerOptions { Role = ServerRole.Api }.Problem(), StringComparison.Ordinal);
        Assert.Contains("needs Comet:Storage Postgres", new ServerOptions { Role = ServerRole.Worker }.Problem(), StringComparison.Ordinal);
        Assert.Null(new ServerOptions().Problem());
    }

    [Fact]
    public void Problem_PostgresWithoutConnection_IsRefused_WithOneItIsAccepted()
    {
        Assert.Contains("PostgresConnection", new ServerOptions { Storage = StorageKind.Postgres }.Problem(), StringComparison.Ordinal);
        Assert.Null(new ServerOptions { Storage = StorageKind.Postgres, PostgresConnection = "Host=db", Role = ServerRole.Worker }.Problem());
        Assert.NotNull(new ServerOptions { Storage = StorageKind.Postgres, PostgresConnection = "Host=db", LeaseSeconds = 2 }.Problem());
    }

    [Fact]
    public void RoleArgument_BecomesTheCometRoleSetting()
    {
        Assert.Equal(["--Comet:Role", "worker", "--urls", "http://x"], RoleArgument.Rewrite(["--role", "worker", "--urls", "http://x"]));
        Assert.Equal(["--Comet:Role=api"], RoleArgument.Rewrite(["--role=api"]));
    }
}
