using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Comet.Benchmarks.Service;

/// <summary>
/// The built service (`dotnet Comet.Server.dll`, Release) as a child process on 127.0.0.1, on a fresh
/// data folder, with an admin key made by its own `keys create` command as an operator would.
/// </summary>
internal sealed class ServerUnderTest : IDisposable
{
    private readonly Process _process;

    private ServerUnderTest(Process process, Uri address, string key, string dataFolder)
    {
        _process = process;
        Address = address;
        Key = key;
        DataFolder = dataFolder;
    }

    public Uri Address { get; }

    public string Key { get; }

    public string DataFolder { get; }

    public static async Task<ServerUnderTest> StartAsync(string serverFolder)
    {
        var dll = Path.Combine(serverFolder, "Comet.Server.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"no {dll}: build it first (dotnet build src/Comet.Server -c Release) or pass --server DIR");
        }

        var data = Path.Combine(Path.GetTempPath(), "comet-service-load", Path.GetRandomFileName());
        var keys = Start(serverFolder, data, "keys", "create", "--project", "*", "--scope", "admin", "--data", data);
        var key = (await keys.StandardOutput.ReadToEndAsync()).Trim();
        await keys.WaitForExitAsync();
        if (keys.ExitCode != 0 || key.Length == 0)
        {
            throw new InvalidOperationException("keys create failed: " + await keys.StandardError.ReadToEndAsync());
        }

        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var process = Start(serverFolder, data, "--urls", address.ToString());
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("server: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerUnderTest(process, address, key, data);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean up with the temp folder
        }
    }

    private static Process Start(string serverFolder, string data, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
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

        start.Environment["Comet__DataDirectory"] = data;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 600; i++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with code {_process.ExitCode}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the server did not become healthy in 60 s");
    }
}
