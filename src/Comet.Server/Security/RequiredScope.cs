namespace Comet.Server.Security;

/// <summary>Endpoint metadata: the scope a key needs in the route's project. Project endpoints without it need admin (fail closed).</summary>
internal sealed record RequiredScope(ApiScope Scope);

/// <summary>Declares the scope of an endpoint next to its route.</summary>
internal static class RequiredScopeExtensions
{
    public static RouteHandlerBuilder RequireScope(this RouteHandlerBuilder builder, ApiScope scope) =>
        builder.WithMetadata(new RequiredScope(scope));
}
