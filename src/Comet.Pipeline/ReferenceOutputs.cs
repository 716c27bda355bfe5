using Comet.Core;
using Comet.Evaluation.Reference;

namespace Comet.Pipeline;

/// <summary>COMET's released outputs, scored beside our runs where this machine has them.</summary>
public static class ReferenceOutputs
{
    /// <summary>
    /// The catalog, or null without one: the outputs are optional, and without them a report or an
    /// evaluation simply has no COMET rows.
    /// </summary>
    /// <param name="note">Told, in one line, what is missing.</param>
    public static ReferenceOutputCatalog? TryLoad(Action<string> note)
    {
        ArgumentNullException.ThrowIfNull(note);
        try
        {
            var catalog = ReferenceOutputCatalog.Load(ReferenceRoot.Resolve());
            if (catalog.MissingFiles.Count > 0)
            {
                var examples = string.Join(", ", catalog.MissingFiles.Take(3).Select(e => e.RelativePath));
                note($"note: {catalog.MissingFiles.Count} COMET reference output files are missing; only their runs are left out (e.g. {examples})");
            }

            return catalog;
        }
        catch (CometInputException e)
        {
            note($"note: no COMET reference outputs ({e.Message})");
            return null;
        }
    }
}
