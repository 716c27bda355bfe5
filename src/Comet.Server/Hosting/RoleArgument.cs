namespace Comet.Server.Hosting;

/// <summary>`--role X` or `--role=X` on the command line, as the configuration key Comet:Role.</summary>
internal static class RoleArgument
{
    public static string[] Rewrite(string[] args) =>
        [.. args.Select(a => a == "--role" ? "--Comet:Role" : a.StartsWith("--role=", StringComparison.Ordinal) ? "--Comet:Role=" + a["--role=".Length..] : a)];
}
