namespace Comet.Server.Review;

/// <summary>
/// Headers of the page's files. The CSP allows scripts, styles and API calls from this origin only:
/// no inline script, no eval, no framing, so that an artifact text that slipped into the DOM as markup
/// still could not run.
/// </summary>
internal static class ReviewHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
        + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    public static void Apply(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XFrameOptions = "DENY";

        // Small files that change with the service: always revalidate so that an upgrade shows at once.
        response.Headers.CacheControl = "no-cache";
    }
}
