namespace Comet.Reporting.Html.Model;

/// <summary>The whole report: one self-contained HTML page over one or more tasks.</summary>
/// <param name="Title">Page title.</param>
/// <param name="Tasks">The tasks, in the order they appear.</param>
/// <param name="GeneratedAt">Shown in the header; null leaves it out (stable output for tests).</param>
public sealed record HtmlReport(string Title, IReadOnlyList<TaskReport> Tasks, DateTimeOffset? GeneratedAt = null)
{
    /// <summary>True when at least one task was evaluated against a gold standard.</summary>
    public bool IsEvaluation => Tasks.Any(t => t.Runs.Count > 0);
}
