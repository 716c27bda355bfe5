namespace Comet.Server.Runs;

/// <summary>
/// Life of a run: queued -> running -> completed, failed or cancelled (the last three are final).
/// A run under way when the server stops is interrupted and queued again when the server starts.
/// </summary>
internal enum RunStatus
{
    Queued,
    Running,
    Interrupted,
    Completed,
    Failed,
    Cancelled,
}
