using Comet.Server.Persistence;
using Microsoft.AspNetCore.Authorization;

namespace Comet.Server.Security;

/// <summary>
/// Every endpoint but those marked anonymous (/health) needs a key, in <c>X-Api-Key</c> or as
/// <c>Authorization: Bearer</c>. On routes with a {projectId} the key must open that project with the
/// endpoint's <see cref="RequiredScope"/>. Runs after routing and before the endpoint, so a request
/// without a valid key is refused before its body is even read.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ILogger<ApiKeyMiddleware> logger)
{
    public const string Header = "X-Api-Key";

    public async Task InvokeAsync(HttpContext context, ApiKeyStore keys, ProjectStore projects)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            await next(context);
            return;
        }

        var presented = Presented(context.Request);
        var key = presented is null ? null : keys.Find(presented);
        if (key is null || key.RevokedAt is not null)
        {
            logger.LogWarning("Refused {Method} {Path}: {Reason}", context.Request.Method, context.Request.Path, presented is null ? "no key" : "unknown or revoked key");
            context.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
            await TypedResults.Problem(
                presented is null ? $"Send an API key in the {Header} header." : "The API key is unknown or revoked.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized.").ExecuteAsync(context);
            return;
        }

        CallerKey.Set(context, key);
        if (context.Request.RouteValues["projectId"] is string projectId)
        {
            var needed = endpoint.Metadata.GetMetadata<RequiredScope>()?.Scope ?? ApiScope.Admin;
            if (!key.Allows(projectId, needed))
            {
                logger.LogWarning("Refused {Method} {Path}: key {KeyId} lacks {Scope} on {ProjectId}", context.Request.Method, context.Request.Path, key.Id, needed, projectId);
                await Validation.Problems.Forbidden($"This key does not grant '{needed.ToString().ToLowerInvariant()}' on project '{projectId}'.").ExecuteAsync(context);
                return;
            }

            if (!projects.Exists(projectId))
            {
                await Validation.Problems.NotFound($"No project '{projectId}'.").ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(Header, out var values) && values.Count == 1 && !string.IsNullOrEmpty(values[0]))
        {
            return values[0];
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }
}
