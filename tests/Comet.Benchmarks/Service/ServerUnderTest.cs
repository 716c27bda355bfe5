using System.Diagnostics;
using Comet.TestSupport;

namespace Comet.Benchmarks.Service;

/// <summary>
/// One process of the built service (`dotnet Comet.Server.dll`, Release) on 127.0.0.1, started with the
/// tests' launcher (tests/Shared/ServiceLauncher.cs). <see cref="StartAsync(string)"/> is the embedded
/// default: SQLite on a fresh data folder with an admin key made by the service's own `keys create`, as
/// an operator would. The other overloads start one node of a shared deployment with given settings
/// (Comet__* environment variables, e.g. Storage=Postgres) and arguments (e.g. --role worker).
/// </summary>
internal sealed class ServerUnderTest : IDisposable
{
    private readonly Process _process;
    private readonly bool _ownsData;

    private ServerUnderTest(Process process, Uri address, string key, string dataFolder, bool ownsData)
    {
        _process = process;
        Address = address;
        Key = key;
        DataFolder = dataFolder;
        _ownsData = ownsData;
    }

    public Uri Address { get; }

    public string Key { get; }

    public string DataFolder { get; }

    public static async Task<ServerUnderTest> StartAsync(string serverFolder)
    {
        var data = NewDataFolder();
        var key = await CreateKeyAsync(serverFolder, data, new Dictionary<string, string>());
        return await LaunchAsync(serverFolder, data, key, new Dictionary<string, string>(), ownsData: true, []);
    }

    /// <summary>One node of a deployment whose settings are <paramref name="settings"/> (names under Comet).</summary>
    public static Task<ServerUnderTest> StartAsync(string serverFolder, string dataFolder, string key, IReadOnlyDictionary<string, string> settings, params string[] args) =>
        LaunchAsync(serverFolder, dataFolder, key, settings, ownsData: false, args);

    /// <summary>A fresh folder under the temp folder (the service needs a data folder even on PostgreSQL).</summary>
    public static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "comet-service-load", Path.GetRandomFileName());

    /// <summary>An admin key for every project, made by `keys create` in the configured database.</summary>
    public static async Task<string> CreateKeyAsync(string serverFolder, string dataFolder, IReadOnlyDictionary<string, string> settings)
    {
        var (exit, output, error) = await RunCommandAsync(serverFolder, dataFolder, settings, "keys", "create", "--project", "*", "--scope", "admin", "--data", dataFolder);
        var key = output.Trim();
        if (exit != 0 || key.Length == 0)
        {
            throw new InvalidOperationException("keys create failed: " + error);
        }

        return key;
    }

    /// <summary>Runs one administration command of the service (keys, migrate-storage) to its end.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunCommandAsync(
        string serverFolder, string dataFolder, IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        RequireBuilt(serverFolder);
        using var process = Process.Start(StartInfo(serverFolder, dataFolder, settings, args)) ?? throw new InvalidOperationException("could not start dotnet");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        if (!_ownsData)
        {
            return;
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean up with the temp folder
        }
    }

    private static async Task<ServerUnderTest> LaunchAsync(string serverFolder, string data, string key, IReadOnlyDictionary<string, string> settings, bool ownsData, string[] args)
    {
        RequireBuilt(serverFolder);
        var address = new Uri($"http://127.0.0.1:{ServiceLauncher.FreePort()}/");
        var process = Process.Start(StartInfo(serverFolder, data, settings, ["--urls", address.ToString(), .. args]))
            ?? throw new InvalidOperationException("could not start dotnet");
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
        var server = new ServerUnderTest(process, address, key, data, ownsData);
        try
        {
            await ServiceLauncher.WaitUntilHealthyAsync(process, address, TimeSpan.FromSeconds(60), () => string.Empty);
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    private static ProcessStartInfo StartInfo(string serverFolder, string data, IReadOnlyDictionary<string, string> settings, string[] args)
    {
        var start = ServiceLauncher.StartInfo(serverFolder, data, args);
        // A fresh server: its embedding cache starts empty (not the user's), so the first run encodes every text.
        start.Environment["COMET_CACHE"] = Path.Combine(data, "cache");
        foreach (var (name, value) in settings)
        {
            start.Environment["Comet__" + name] = value;
        }

        return start;
    }

    private static void RequireBuilt(string serverFolder)
    {
        var dll = Path.Combine(serverFolder, "Comet.Server.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"no {dll}: build it first (dotnet build src/Comet.Server -c Release) or pass --server DIR");
        }
    }
}
