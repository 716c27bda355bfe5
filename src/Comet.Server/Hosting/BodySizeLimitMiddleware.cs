using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Comet.Server.Hosting;

/// <summary>
/// Refuses bodies over <see cref="ServerOptions.MaxRequestBytes"/> with 413: at once when the
/// Content-Length says so, else (chunked bodies) as soon as the reader passes the limit. Kestrel has the
/// same limit; this also covers hosts without one (the in-memory test server).
/// </summary>
internal sealed class BodySizeLimitMiddleware(RequestDelegate next, IOptions<ServerOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBytes;
        if (context.Request.ContentLength > limit)
        {
            await TypedResults.Problem(
                $"The body has {context.Request.ContentLength} bytes; the limit is {limit} (Comet:MaxRequestBytes).",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large.").ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        context.Request.Body = new LimitedReadStream(context.Request.Body, limit);
        await next(context);
    }
}
