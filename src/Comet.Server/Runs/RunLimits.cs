using Comet.Core;
using Comet.Server.Hosting;

namespace Comet.Server.Runs;

/// <summary>What a version must hold before it can be traced; checked when a run is asked for and again when it starts.</summary>
internal static class RunLimits
{
    /// <returns>Null when the version can be traced, else the reason.</returns>
    public static string? Problem(int sources, int targets, ServerOptions limits)
    {
        if (sources == 0 || targets == 0)
        {
            return $"the version has {sources} sources and {targets} targets; a run needs at least one of each";
        }

        var pairs = (long)sources * targets;
        return pairs > limits.MaxCandidatePairs
            ? $"{sources} sources x {targets} targets = {pairs} candidate pairs; the limit is {limits.MaxCandidatePairs} (Comet:MaxCandidatePairs)"
            : null;
    }

    /// <exception cref="CometInputException">The version cannot be traced.</exception>
    public static void Check(int sources, int targets, ServerOptions limits)
    {
        if (Problem(sources, targets, limits) is { } problem)
        {
            throw new CometInputException(problem);
        }
    }
}
