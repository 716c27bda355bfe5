using Comet.Inference.Features;
using Comet.Inference.Inference;

namespace Comet.Inference.Model;

/// <summary>
/// Node w of <see cref="LinkModel"/>: each feature's weight, its worth in log-odds, never below 0. The
/// measures' global and within-source views share a pooled level omega, w_j ~ N(omega, 1 / (pooling N1));
/// within-target views, transitive paths and the members of a family that enters whole are pulled toward 0,
/// w_v ~ N(0, 1 / (precision N1)).
/// </summary>
/// <param name="Pooling">Pooling toward omega (<see cref="ModelPriors.WeightPooling"/>).</param>
/// <param name="PathPrecision">Precision of a path weight around 0 (<see cref="ModelPriors.PathWeightPrecision"/>).</param>
/// <param name="TargetViewPrecision">
/// Precision of a within-target view's weight around 0 (<see cref="ModelPriors.TargetViewWeightPrecision"/>).
/// </param>
/// <param name="FamilyMemberPrecision">
/// Precision of a family member's weights around 0, all its views (<see cref="ModelPriors.FamilyMemberWeightPrecision"/>).
/// </param>
public sealed record FeatureWeights(double Pooling, double PathPrecision, double TargetViewPrecision, double FamilyMemberPrecision)
{
    public static FeatureWeights Declare(ModelPriors priors) =>
        new(priors.WeightPooling, priors.PathWeightPrecision, priors.TargetViewWeightPrecision, priors.FamilyMemberWeightPrecision);

    /// <summary>Whether the feature's weight is pooled toward omega (else toward 0).</summary>
    internal static bool PoolsWithMeasures(FeatureColumn column) => !column.IsPath && !column.IsFamilyMember && column.View != FeatureView.WithinTarget;

    /// <summary>The prior precision of the feature's weight, in units of N1.</summary>
    internal double PriorPrecision(FeatureColumn column) =>
        column.IsPath ? PathPrecision
        : column.IsFamilyMember ? FamilyMemberPrecision
        : column.View == FeatureView.WithinTarget ? TargetViewPrecision
        : Pooling;
}
