using System.Diagnostics;
using Comet.Server.Security;

namespace Comet.Server.Hosting;

/// <summary>
/// One access-log line per request (category Comet.Access): method, path and query, status, time taken,
/// the id of the API key (never the key: keys travel in headers, which are not logged) and the client
/// address. Outermost in the pipeline, so it sees the final status, problems and refusals included.
/// </summary>
internal sealed class AccessLogMiddleware(RequestDelegate next, ILoggerFactory loggers)
{
    private readonly ILogger _log = loggers.CreateLogger("Comet.Access");

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            _log.LogInformation("{Method} {Path}{Query} {Status} {Milliseconds:0.0} ms key {KeyId} from {Client}",
                context.Request.Method, context.Request.Path.Value, context.Request.QueryString.Value, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, CallerKey.Find(context)?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                context.Connection.RemoteIpAddress);
        }
    }
}
