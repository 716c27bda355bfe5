namespace Comet.Inference.Model;

/// <summary>
/// Node gamma_s (per source) or beta_t (per target) of <see cref="LinkModel"/>: log-odds the answers add
/// to every pair of that source or target, ~ N(0, spread^2). A cut node: only the answers on its pairs
/// inform it, never the measures (<see cref="Inference.AnswerEffects"/> says why); 0 without answers.
/// </summary>
/// <param name="Spread">
/// Prior sd (<see cref="ModelPriors.SourceAnswerSpread"/>, <see cref="ModelPriors.TargetAnswerSpread"/>; 0: off).
/// </param>
public sealed record AnswerEffect(double Spread)
{
    public bool IsOn => Spread > 0;
}
