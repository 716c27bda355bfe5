using Comet.Server.Persistence;
using Comet.Server.Runs;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Comet.Server.Hosting;

/// <summary>The services of the server, registered in one place so that Program.cs stays a table of contents.</summary>
internal static class ServerSetup
{
    public static WebApplicationBuilder AddCometServer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Options are read lazily (IOptions) so that test hosts can override them before the first use.
        services.AddOptions<ServerOptions>()
            .Bind(builder.Configuration.GetSection(ServerOptions.Section))
            .Validate(o => o.Problem() is null, "Invalid Comet settings; see ServerOptions.Problem().")
            .ValidateOnStart();
        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<ServerOptions>>((kestrel, comet) => kestrel.Limits.MaxRequestBodySize = comet.Value.MaxRequestBytes);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => Database.For(provider.GetRequiredService<IOptions<ServerOptions>>().Value));
        services.AddSingleton<WriteGate>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ProjectStore>();
        services.AddSingleton<ArtifactStore>();
        services.AddSingleton<VersionWriter>();
        services.AddSingleton<RunStore>();
        services.AddSingleton<LinkStore>();
        services.AddSingleton<LinkWriter>();
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<FeedbackWriter>();
        services.AddSingleton<RunQueue>();
        services.AddSingleton<RunExecutor>();
        services.AddHostedService<RunWorker>();

        services.Configure<JsonOptions>(o => CometJson.Configure(o.SerializerOptions));

        // Binding failures (bad JSON, wrong types, missing bodies) throw, and ProblemExceptionHandler
        // answers them with RFC 7807 bodies instead of empty 400s.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi();
        return builder;
    }
}
