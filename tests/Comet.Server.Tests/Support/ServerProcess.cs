using System.Diagnostics;
using System.Text;
using Comet.TestSupport;

namespace Comet.Server.Tests.Support;

/// <summary>
/// The real server as a child process (`dotnet Comet.Server.dll --urls http://127.0.0.1:PORT`), for
/// tests that must kill it or start two. Loopback only. <see cref="Kill"/> sends SIGKILL (Process.Kill
/// on Unix), <see cref="Terminate"/> SIGTERM. What it writes to stdout and stderr is kept in <see cref="Output"/>.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public ServerProcess(string dataDirectory, int port, params string[] extraArgs)
        : this(dataDirectory, port, new Dictionary<string, string>(), extraArgs)
    {
    }

    /// <param name="environment">Environment variables set for the process only (e.g. COMET_CACHE).</param>
    public ServerProcess(string dataDirectory, int port, IReadOnlyDictionary<string, string> environment, string[] extraArgs)
    {
        Port = port;
        var start = ServiceLauncher.StartInfo(AppContext.BaseDirectory, dataDirectory, ["--urls", BaseAddress.ToString(), .. extraArgs]);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");

        // Drain the pipes so that a chatty server never blocks on a full pipe.
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    public int Id => _process.Id;

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>A free loopback port (the OS picks one; a race with another process is possible but unlikely).</summary>
    public static int FreePort() => ServiceLauncher.FreePort();

    /// <summary>A client of this server that sends <paramref name="key"/> (none when null) in the X-Api-Key header.</summary>
    public HttpClient Client(string? key, int timeoutSeconds = 30)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(timeoutSeconds) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(Security.ApiKeyMiddleware.Header, key);
        }

        return client;
    }

    public Task WaitUntilHealthyAsync(TimeSpan timeout) => ServiceLauncher.WaitUntilHealthyAsync(_process, BaseAddress, timeout, () => Output);

    /// <returns>True when the process exited within the timeout (its output fully read).</returns>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return false;
        }

        _process.WaitForExit(); // the parameterless wait also waits for the output pipes to close
        return true;
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crash.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>SIGTERM, as `docker stop` or systemd send it: the server shuts down gracefully.</summary>
    public void Terminate()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
