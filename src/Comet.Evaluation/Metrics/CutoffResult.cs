namespace Comet.Evaluation.Metrics;

/// <summary>Precision and recall at rank cutoff <paramref name="K"/>, averaged over linked sources.</summary>
public readonly record struct CutoffResult(int K, double Precision, double Recall);
