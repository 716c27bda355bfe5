namespace Comet.Benchmarks.Service;

/// <summary>
/// The machine's load average (/proc/loadavg: 1, 5 and 15 minutes), printed beside every timing: the
/// client, the service's processes and PostgreSQL share one machine, often with other people's work,
/// so a timing means little without it.
/// </summary>
internal static class LoadAverage
{
    public static string Now()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(' ', fields.Take(3));
        }
        catch (IOException)
        {
            return "(no /proc/loadavg)";
        }
    }
}
