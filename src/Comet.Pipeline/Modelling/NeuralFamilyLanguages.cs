using Comet.Core.Tasks;
using Comet.Inference.Inference;
using Comet.Measures.Embeddings;

namespace Comet.Pipeline.Modelling;

/// <summary>
/// The neural measures form a family with its own vote beside the word family (FitSettings.NeuralMeasures) only
/// where their models read the text: every source and target in <see cref="EmbeddingCatalog.TextLanguages"/>.
/// Elsewhere they enter as ordinary measures, pooled with the word measures as before the families.
/// </summary>
/// <remarks>
/// The family exists because the embedding is an independent and strong vote that four look-alike word measures
/// outvoted. On text its English model does not read it is neither: on the six benchmark tasks with Italian
/// text, the family cost AP on five (Albergate .448 -> .385, EasyClinic/UC-CC/it .594 -> .545) and put
/// Albergate's MAP (.466) below the original COMET's (.483); without it those tasks score as they did before
/// the families (docs/model-decisions.md, "The neural family reads English only").
/// </remarks>
internal static class NeuralFamilyLanguages
{
    /// <summary><paramref name="options"/> as they are, or without the neural family when some text is in another language.</summary>
    public static InferenceOptions For(InferenceOptions options, TraceTask task)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(task);
        if (options.Fit.NeuralMeasures.Count == 0 || ModelsReadAll(task))
        {
            return options;
        }

        return options with { Fit = options.Fit with { NeuralMeasures = [] } };
    }

    private static bool ModelsReadAll(TraceTask task) =>
        task.Sources.Concat(task.Targets).All(a => EmbeddingCatalog.TextLanguages.Contains(a.Language, StringComparer.OrdinalIgnoreCase));
}
