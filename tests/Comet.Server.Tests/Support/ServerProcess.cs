using System.Diagnostics;
using Comet.TestSupport;

namespace Comet.Server.Tests.Support;

/// <summary>
/// The real server as a child process (`dotnet Comet.Server.dll --urls http://127.0.0.1:PORT`), for
/// tests that must kill it. Loopback only. <see cref="Kill"/> sends SIGKILL (Process.Kill on Unix).
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    public ServerProcess(string dataDirectory, int port)
    {
        Port = port;
        var start = ServiceLauncher.StartInfo(AppContext.BaseDirectory, dataDirectory, "--urls", BaseAddress.ToString());
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");

        // Drain the pipes so that a chatty server never blocks on a full pipe.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public bool HasExited => _process.HasExited;

    /// <summary>A free loopback port (the OS picks one; a race with another process is possible but unlikely).</summary>
    public static int FreePort() => ServiceLauncher.FreePort();

    public Task WaitUntilHealthyAsync(TimeSpan timeout) => ServiceLauncher.WaitUntilHealthyAsync(_process, BaseAddress, timeout, () => string.Empty);

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crash.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
