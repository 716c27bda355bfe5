using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Comet.TestSupport;

/// <summary>
/// Starts the built REST service (Comet.Server.dll) as a child process the way an operator runs it, and
/// waits for its /health. Compiled into the server tests and the browser tests (a linked file), so both
/// start the service the same way; each wraps it for what it needs (crash tests, a browser session).
/// </summary>
internal static class ServiceLauncher
{
    /// <summary>`dotnet Comet.Server.dll ARGS` in <paramref name="serverFolder"/>, on <paramref name="dataDirectory"/>, production settings, quiet logs.</summary>
    public static ProcessStartInfo StartInfo(string serverFolder, string dataDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = serverFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(serverFolder, "Comet.Server.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Comet__DataDirectory"] = dataDirectory;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    /// <summary>A free loopback port (the OS picks one; a race with another process is possible but unlikely).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls /health every 100 ms until it answers 200; fails at once if the process exits.</summary>
    /// <param name="log">What the service wrote so far, for the failure messages (empty when not captured).</param>
    public static async Task WaitUntilHealthyAsync(Process process, Uri baseAddress, TimeSpan timeout, Func<string> log)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the service exited with code {process.ExitCode} while starting: {log()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening, or not answering, yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the service did not answer /health within {timeout.TotalSeconds} s: {log()}");
    }
}
