using System.Net;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>/health/ready answers 200 only when the service can store work.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Ready_WritableDatabaseAndFreeDisk_ReturnsReadyWithoutKey()
    {
        using var server = new CometServerFactory();
        using var client = server.ClientWithKey(null);
        var ready = await client.GetOkAsync("/health/ready");
        Assert.Equal("ready", (string?)ready["status"]);
        Assert.True((long)ready["freeDiskBytes"]! > 0);
    }

    [Fact]
    public async Task Ready_LessFreeDiskThanRequired_Returns503Problem()
    {
        using var server = new CometServerFactory();
        server.Settings["MinFreeDiskBytes"] = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var client = server.ClientWithKey(null);
        using var response = await client.GetAsync("/health/ready");
        var problem = await response.ExpectProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("bytes are free", (string?)problem["detail"], StringComparison.Ordinal);
    }
}

/// <summary>
/// Readiness on PostgreSQL: the write probe alone decides (the disk is the database server's, so the
/// free-disk check and its test above are SQLite's); the free space is reported as -1, unknown.
/// </summary>
public sealed class ReadinessOnPostgresTests : IPostgresTests
{
    [BackendFact]
    public async Task Ready_WritableDatabase_ReturnsReadyWithoutKeyAndNoDiskFigure()
    {
        using var server = new PostgresServerFactory();
        server.Settings["MinFreeDiskBytes"] = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var client = server.ClientWithKey(null);
        var ready = await client.GetOkAsync("/health/ready");
        Assert.Equal("ready", (string?)ready["status"]);
        Assert.Equal(-1, (long)ready["freeDiskBytes"]!);
    }
}
