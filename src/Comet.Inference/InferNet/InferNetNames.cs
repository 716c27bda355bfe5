namespace Comet.Inference.InferNet;

/// <summary>
/// The names shared by the Infer.NET declaration (<c>Declaration/InferNetLinkModelDeclaration.cs</c>,
/// compiled only where the model compiler runs) and the engine that drives the generated code: every
/// observed value is set, and every marginal read, by these names.
/// </summary>
internal static class InferNetNames
{
    /// <summary>The model's name: the generated class is <c>InferNetLinkModel_VMP</c>.</summary>
    public const string ModelName = "InferNetLinkModel";

    /// <summary>Namespace of the generated class.</summary>
    public const string ModelNamespace = "Comet.Inference.InferNet.Generated";

    public const string PairCount = "pairCount";
    public const string FeatureCount = "featureCount";
    public const string AnswerCount = "answerCount";

    public const string RatePrior = "ratePrior";
    public const string Rate = "rate";
    public const string LinkMeanPrior = "linkMeanPrior";
    public const string OtherMeanPrior = "otherMeanPrior";
    public const string PrecisionPrior = "precisionPrior";
    public const string LinkMean = "linkMean";
    public const string Precision = "precision";
    public const string OtherMean = "otherMean";
    public const string Link = "link";
    public const string LinkInitialisation = "linkInitialisation";
    public const string Scores = "scores";

    public const string SensitivityPrior = "sensitivityPrior";
    public const string FalseAlarmPrior = "falseAlarmPrior";
    public const string Sensitivity = "sensitivity";
    public const string FalseAlarm = "falseAlarm";
    public const string AnswerPair = "answerPair";
    public const string AnswerStrength = "answerStrength";
    public const string SaysLink = "saysLink";
}
