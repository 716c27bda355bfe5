using System.Text.Json;
using Comet.Core;
using Microsoft.AspNetCore.Diagnostics;

namespace Comet.Server.Hosting;

/// <summary>
/// Turns the exceptions that mean "bad request" into RFC 7807 answers: malformed JSON, wrong types,
/// missing bodies, unparsable query values (all <see cref="BadHttpRequestException"/> once
/// ThrowOnBadRequest is on), over-long bodies (413) and a full disk (507). Anything else stays a 500
/// and is logged.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException e when e.StatusCode == StatusCodes.Status413PayloadTooLarge =>
                (e.StatusCode, "Request body too large.", e.Message),
            BadHttpRequestException e => (e.StatusCode, "Bad request.", Describe(e)),
            JsonException e => (StatusCodes.Status400BadRequest, "Bad request.", "Invalid JSON: " + e.Message),
            CometInputException e => (StatusCodes.Status400BadRequest, "Bad request.", e.Message),
            Exception e when DiskFull.Is(e) => (StatusCodes.Status507InsufficientStorage, "Insufficient storage.",
                "The server's disk is full: nothing of this request was stored. Try again once space has been freed."),
            _ => (0, string.Empty, string.Empty),
        };
        if (status == 0 || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    // The binder's message says which parameter failed; the JSON reader's message says where and why.
    private static string Describe(BadHttpRequestException e) =>
        e.InnerException is JsonException json ? $"{e.Message} {json.Message}" : e.Message;
}
