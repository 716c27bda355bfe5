using Comet.Inference.Evidence;
using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// An inference algorithm: evidence in, per-link posteriors out. Implementations are stateless and
/// thread-safe; the same evidence and options always give the same posteriors.
/// </summary>
public interface ILinkInference
{
    /// <summary>Name used on the command line ("hierarchical", "comet", "gibbs").</summary>
    string Name { get; }

    LinkPosteriors Infer(LinkEvidence evidence, InferenceOptions options);
}
