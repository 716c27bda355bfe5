using System.Diagnostics;
using System.Text;
using Comet.TestSupport;

namespace Comet.BrowserTests.Review;

/// <summary>
/// The real REST service as a child process (`dotnet Comet.Server.dll --urls http://127.0.0.1:PORT`)
/// on a temporary data folder, as an operator would run it. Loopback only; killed and deleted on dispose.
/// It runs from src/Comet.Server/bin/CONFIGURATION/net10.0, built by the test project's reference.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(1);

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("comet-review-data-");
    private readonly StringBuilder _log = new();
    private Process? _process;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The service's build folder, of the configuration these tests were built in (bin/Debug/net10.0 -> Debug).</summary>
    public static string ServerFolder
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var folder = Path.Combine(Support.RepoPaths.Root, "src", "Comet.Server", "bin", testOutput.Parent!.Name, testOutput.Name);
            return File.Exists(Path.Combine(folder, "Comet.Server.dll"))
                ? folder
                : throw new InvalidOperationException($"Comet.Server.dll not found in {folder}: build tests/Comet.BrowserTests (it builds the service).");
        }
    }

    /// <summary>What the service wrote so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Runs `Comet.Server keys create` on the data folder and returns the printed key.</summary>
    public string CreateKey(string project, string scope)
    {
        using var process = Process.Start(Start("keys", "create", "--project", project, "--scope", scope, "--label", "browser-test", "--data", _data.FullName))
            ?? throw new InvalidOperationException("could not start dotnet");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandLimit) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"keys create failed: {error.Result}");
        }

        return output.Result.Trim();
    }

    public async Task StartAsync(TimeSpan timeout)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{ServiceLauncher.FreePort()}/");
        _process = Process.Start(Start("--urls", BaseAddress.ToString())) ?? throw new InvalidOperationException("could not start the service");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await ServiceLauncher.WaitUntilHealthyAsync(_process, BaseAddress, timeout, () => Log);
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        _process = null;
        try
        {
            _data.Delete(recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still be closing its WAL file; a leftover temp folder is harmless.
        }
    }

    private ProcessStartInfo Start(params string[] args) => ServiceLauncher.StartInfo(ServerFolder, _data.FullName, args);

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }
}
