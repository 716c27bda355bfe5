namespace Comet.Server.Runs;

/// <summary>Life of a run: queued -> running -> completed, failed or cancelled (the last three are final).</summary>
internal enum RunStatus
{
    Queued,
    Running,
    Completed,
    Failed,
    Cancelled,
}
