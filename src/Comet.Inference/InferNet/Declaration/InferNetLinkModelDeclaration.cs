using Microsoft.ML.Probabilistic.Algorithms;
using Microsoft.ML.Probabilistic.Distributions;
using Microsoft.ML.Probabilistic.Models;
using Range = Microsoft.ML.Probabilistic.Models.Range;

namespace Comet.Inference.InferNet;

/// <summary>
/// The link model declared with Infer.NET's modelling API, top-down, as its generative story:
/// <code>
/// rate           ~ Beta(LinkModel.Density.Prior)                   project link density (m x pairs links expected)
/// linkMean[j]    ~ N(+1, 1)                                         where link pairs score on feature j
/// otherMean[j]   ~ N(-1, 1)                                         where all other pairs score on it
/// precision[j]   ~ Gamma(2, 1/2)                                    how tightly, the same for both classes
/// link[n]        ~ Bernoulli(rate)                                  the link itself, per candidate pair n
/// scores[n, j]   ~ link[n] ? N(linkMean[j], 1 / precision[j])
///                          : N(otherMean[j], 1 / precision[j])      feature j of pair n (the same
///                                                                   features as the hand-written model:
///                                                                   each measure's probit-rank views,
///                                                                   plus transitive paths)
/// sensitivity    ~ Beta(ModelPriors.FeedbackSensitivity)            P(answer "link" | link, informed)
/// falseAlarm     ~ Beta(ModelPriors.FeedbackFalseAlarm)             P(answer "link" | no link, informed)
/// informed[i]    ~ Bernoulli(answerStrength[i])                     the developer knew (else a coin flip)
/// saysLink[i]    ~ informed[i] ? Bernoulli(link[answerPair[i]] ? sensitivity : falseAlarm)
///                              : Bernoulli(1/2)                     answer i, on pair answerPair[i]
/// </code>
/// Every prior is an observed value, set by <see cref="InferNetLinkInference"/> from
/// <see cref="Model.ModelPriors"/>; the sizes are observed too, so one compiled algorithm serves every task.
/// <para>
/// What Infer.NET cannot express, kept as documented steps around the generated inference
/// (<see cref="InferNetLinkInference"/>):
/// </para>
/// <list type="bullet">
/// <item>The count constraint (posterior regularisation: the expected number of links held at m x pairs).
/// A constraint on an expectation of the posterior is not a factor of the joint. The strong Beta prior on
/// the rate (0.5 x pairs pseudo-counts) does not stand in for it: the features outweigh it and the link
/// class grows. One shift of the answer-free log-odds applies it after the inference.</item>
/// <item>Tempering: of a source's pooled evidence (a power on part of the likelihood) and of the reported
/// log-odds (tau (l - a) + b). Powers of factors are not in the modelling API; the output tempering
/// runs after the inference, as in the hand-written engine (<see cref="Inference.OutputCalibration"/>),
/// and the per-source propensities pi_s that need the evidence tempering are left out (a per-source
/// rate is expressible, but untempered it sank single-link sources in the hand-written model).</item>
/// <item>Cut nodes: the answers' source and target effects (gamma_s, beta_t) learn from the answers
/// only, never from the measures; VMP passes messages both ways along every edge. They are left out:
/// answers move only the pairs they are on, and the shared sensitivity / false alarm.</item>
/// <item>The shared full covariance with its shrinkage and the non-negative, pooled weights: the
/// emissions here are per feature (diagonal). One precision per feature serves both classes, so each
/// feature's log-likelihood ratio is linear in its score, as in the hand-written model. A precision
/// per class (declared first, as issue 23 asked) let the link class shrink onto clusters of tied
/// scores: log-odds of hundreds of nats that no tempering calibrates (docs/benchmarks.md, "Infer.NET
/// engine (issue 23)").</item>
/// <item>Paths through similar sources (they need a first fit's posteriors) and the answer learner
/// (a cross-validated logistic layer) are not run by this engine.</item>
/// </list>
/// This file is compiled only in the test project, which references Infer.NET's model compiler:
/// <c>InferNetGeneratedCodeTests</c> regenerates <c>Generated/InferNetLinkModel_VMP.cs</c> from it and
/// fails when the committed code differs (set COMET_REGENERATE_INFERNET=1 to rewrite it).
/// </summary>
internal static class InferNetLinkModelDeclaration
{
    /// <summary>An inference engine set up the way the committed code was generated.</summary>
    public static InferenceEngine Engine(string sourceFolder)
    {
        var engine = new InferenceEngine(new VariationalMessagePassing())
        {
            ModelName = InferNetNames.ModelName,
            ModelNamespace = InferNetNames.ModelNamespace,
            ShowProgress = false,
            ShowWarnings = false,
        };
        engine.Compiler.WriteSourceFiles = true;
        engine.Compiler.GeneratedSourceFolder = sourceFolder;
        engine.Compiler.UseParallelForLoops = true;
        engine.Compiler.AddComments = false;
        return engine;
    }

    /// <summary>Declares the model; returns the variables whose marginals the engine reads.</summary>
    public static IVariable[] Declare()
    {
        // Everything observed is a placeholder here: the engine sets the real values (sizes too, so one
        // compiled algorithm serves every task).
        var pairCount = Variable.Observed(0).Named(InferNetNames.PairCount);
        var featureCount = Variable.Observed(0).Named(InferNetNames.FeatureCount);
        var answerCount = Variable.Observed(0).Named(InferNetNames.AnswerCount);
        var pair = new Range(pairCount).Named("pair");
        var feature = new Range(featureCount).Named("feature");
        var answer = new Range(answerCount).Named("answer");

        // The project's link density.
        var ratePrior = Variable.Observed(Beta.Uniform()).Named(InferNetNames.RatePrior);
        var rate = Variable<double>.Random(ratePrior).Named(InferNetNames.Rate);

        // Each feature's Gaussian among links and among the other pairs: a mean for each, one precision.
        var linkMeanPrior = Variable.Observed(Gaussian.FromMeanAndVariance(1, 1)).Named(InferNetNames.LinkMeanPrior);
        var otherMeanPrior = Variable.Observed(Gaussian.FromMeanAndVariance(-1, 1)).Named(InferNetNames.OtherMeanPrior);
        var precisionPrior = Variable.Observed(Gamma.FromShapeAndRate(2, 2)).Named(InferNetNames.PrecisionPrior);
        var linkMean = Variable.Array<double>(feature).Named(InferNetNames.LinkMean);
        var precision = Variable.Array<double>(feature).Named(InferNetNames.Precision);
        var otherMean = Variable.Array<double>(feature).Named(InferNetNames.OtherMean);
        using (Variable.ForEach(feature))
        {
            linkMean[feature] = Variable<double>.Random(linkMeanPrior);
            otherMean[feature] = Variable<double>.Random(otherMeanPrior);
            precision[feature] = Variable<double>.Random(precisionPrior);
        }

        // The links, and the scores they emit. A mixture is symmetric until something breaks the tie:
        // the engine starts the links at a consensus of the features (linkInitialisation).
        var link = Variable.Array<bool>(pair).Named(InferNetNames.Link);
        var linkInitialisation = Variable.Observed<IDistribution<bool[]>>(Distribution<bool>.Array(Array.Empty<Bernoulli>())).Named(InferNetNames.LinkInitialisation);
        link.InitialiseTo(linkInitialisation);
        var scores = Variable.Observed(new double[0, 0], pair, feature).Named(InferNetNames.Scores);
        using (Variable.ForEach(pair))
        {
            link[pair] = Variable.Bernoulli(rate);
            using (Variable.If(link[pair]))
            {
                using (Variable.ForEach(feature))
                {
                    scores[pair, feature] = Variable.GaussianFromMeanAndPrecision(linkMean[feature], precision[feature]);
                }
            }

            using (Variable.IfNot(link[pair]))
            {
                using (Variable.ForEach(feature))
                {
                    scores[pair, feature] = Variable.GaussianFromMeanAndPrecision(otherMean[feature], precision[feature]);
                }
            }
        }

        // Developer answers through a confusion matrix; an answer's strength is P(the developer knew).
        var sensitivityPrior = Variable.Observed(Beta.Uniform()).Named(InferNetNames.SensitivityPrior);
        var falseAlarmPrior = Variable.Observed(Beta.Uniform()).Named(InferNetNames.FalseAlarmPrior);
        var sensitivity = Variable<double>.Random(sensitivityPrior).Named(InferNetNames.Sensitivity);
        var falseAlarm = Variable<double>.Random(falseAlarmPrior).Named(InferNetNames.FalseAlarm);
        var answerPair = Variable.Observed(Array.Empty<int>(), answer).Named(InferNetNames.AnswerPair);
        answerPair.SetValueRange(pair);
        var answerStrength = Variable.Observed(Array.Empty<double>(), answer).Named(InferNetNames.AnswerStrength);
        var saysLink = Variable.Observed(Array.Empty<bool>(), answer).Named(InferNetNames.SaysLink);
        using (Variable.ForEach(answer))
        {
            var answered = link[answerPair[answer]];
            var informed = Variable.Bernoulli(answerStrength[answer]);
            using (Variable.If(informed))
            {
                using (Variable.If(answered))
                {
                    saysLink[answer] = Variable.Bernoulli(sensitivity);
                }

                using (Variable.IfNot(answered))
                {
                    saysLink[answer] = Variable.Bernoulli(falseAlarm);
                }
            }

            using (Variable.IfNot(informed))
            {
                saysLink[answer] = Variable.Bernoulli(0.5);
            }
        }

        return [rate, linkMean, otherMean, precision, link, sensitivity, falseAlarm];
    }
}
