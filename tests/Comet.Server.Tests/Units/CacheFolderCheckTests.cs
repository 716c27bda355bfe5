using Comet.Server.Hosting;
using Comet.Server.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Comet.Server.Tests.Units;

/// <summary>An operator hears at start-up where runs cache their vectors, and when that folder cannot be written.</summary>
public sealed class CacheFolderCheckTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Report_WritableFolder_CreatesItSaysWhereAndLeavesNothingBehind()
    {
        var root = Path.Combine(_folder.Path, "cache");
        var logger = new RecordingLogger();

        Assert.True(CacheFolderCheck.Report(root, logger));

        Assert.True(Directory.Exists(root));
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
        var (level, message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Information, level);
        Assert.Contains(root, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_FolderUnderAFile_WarnsThatEveryRunEncodesAgain()
    {
        var file = Path.Combine(_folder.Path, "not-a-folder");
        File.WriteAllText(file, "x");
        var logger = new RecordingLogger();

        Assert.False(CacheFolderCheck.Report(Path.Combine(file, "cache"), logger));

        var (level, message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains("encodes all its texts again", message, StringComparison.Ordinal);
        Assert.Contains("COMET_CACHE", message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
