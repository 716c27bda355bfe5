using System.Text.RegularExpressions;
using Comet.Server.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Comet.Server.Tests;

/// <summary>Comet.Server.http must hold a runnable example of every endpoint the server maps.</summary>
public sealed partial class HttpFileTests(CometServerFactory server) : IClassFixture<CometServerFactory>
{
    [Fact]
    public void HttpFile_EveryMappedEndpoint_HasAnExample()
    {
        var examples = File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "Comet.Server", "Comet.Server.http"))
            .Select(line => RequestLine().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["method"].Value + " " + Normalise(Variable().Replace(m.Groups["path"].Value, "{}")))
            .ToHashSet(StringComparer.Ordinal);

        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => method + " " + Normalise(RouteParameter().Replace(e.RoutePattern.RawText ?? string.Empty, "{}"))))
            .ToList();

        Assert.True(endpoints.Count >= 20, "the endpoint list looks incomplete: " + string.Join(", ", endpoints));
        var missing = endpoints.Where(e => !examples.Contains(e)).ToList();
        Assert.True(missing.Count == 0, "no example in Comet.Server.http for: " + string.Join(", ", missing));
    }

    // The OpenAPI route is "/openapi/{documentName}.json"; the file calls it with the document name filled in.
    private static string Normalise(string path) => "/" + path.Replace("/openapi/{}.json", "/openapi/v1.json", StringComparison.Ordinal).Trim('/');

    [GeneratedRegex(@"^(?<method>GET|POST|PUT|DELETE|PATCH) \{\{host\}\}(?<path>[^?\s]*)")]
    private static partial Regex RequestLine();

    [GeneratedRegex(@"\{\{\w+\}\}")]
    private static partial Regex Variable();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
