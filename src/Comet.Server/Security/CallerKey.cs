namespace Comet.Server.Security;

/// <summary>The key of the current request, set by <see cref="ApiKeyMiddleware"/>, for handlers that check more than the route.</summary>
internal static class CallerKey
{
    private static readonly object Slot = new();

    public static void Set(HttpContext context, ApiKey key) => context.Items[Slot] = key;

    /// <summary>The key, or null on an anonymous endpoint or a refused request.</summary>
    public static ApiKey? Find(HttpContext context) => context.Items[Slot] as ApiKey;

    /// <exception cref="InvalidOperationException">Called on an anonymous endpoint.</exception>
    public static ApiKey Get(HttpContext context) =>
        context.Items[Slot] as ApiKey ?? throw new InvalidOperationException("No API key on this request.");
}
