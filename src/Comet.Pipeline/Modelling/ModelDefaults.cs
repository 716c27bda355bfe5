using Comet.Inference.Inference;
using Comet.Inference.Model;

namespace Comet.Pipeline.Modelling;

/// <summary>
/// The default measures, model and language of every front end, in one place with why each differs.
/// A front end names its default here instead of typing it again, so `comet --help`, the service's
/// project settings and the README cannot disagree without this file changing.
/// </summary>
public static class ModelDefaults
{
    /// <summary>The four lexical measures: fast, no model files, and the link model's evidence on every benchmark.</summary>
    public static IReadOnlyList<string> LexicalMeasures { get; } = ["vsm", "lsi", "js", "bm25"];

    /// <summary>
    /// `comet trace` and `comet review`: the lexical measures with biterm in VSM's place, plus the offline
    /// MiniLM embedding. The embedding because it ranks better (mean AP .463 against .421 over the 67
    /// benchmark tasks, docs/results.md) and a developer's machine keeps its cache between runs; biterm (VSM
    /// whose words are joined by the word pairs both sides use) because it ranked better than VSM on every
    /// real repository measured (MAP up on 7 of 7, mean .490 -> .503) and on the benchmarks (AP .4634 ->
    /// .4642, MAP .6624 -> .6633; docs/benchmarks.md, "Word pairs both sides use"), for 1.5 s more on 5,000 files.
    /// </summary>
    public static IReadOnlyList<string> TraceMeasures { get; } = ["biterm", "lsi", "js", "bm25", "embedding"];

    /// <summary>
    /// The service's new projects: the same measures as `comet trace`, so the Jenkins page, the review page
    /// and a developer's CLI run rank a project alike. With the lexical measures alone it ranked worse on every
    /// real repository measured in session 18 (MAP .333 / .364 / .413 against .396 / .414 / .478, docs/results/real-repos.json).
    /// The first run on a new server encodes every text (minutes on thousands of files); later runs read
    /// the vectors of unchanged texts from the cache folder ($COMET_CACHE) and encode only what changed.
    /// A project may set the lexical measures alone in its settings.
    /// </summary>
    public static IReadOnlyList<string> ServiceMeasures => TraceMeasures;

    /// <summary>The link model of `comet trace`, `comet review` and the service: the hierarchical Bayesian model.</summary>
    public const string Model = ModelNames.Hbn;

    /// <summary>
    /// `comet report` and a bare <see cref="PipelineOptions"/>: VSM ranks and no model runs, the cheapest
    /// run that still gives an ordering (the benchmark tables' baseline); a caller asks for more by name.
    /// `comet evaluate` uses the same two defaults.
    /// </summary>
    public static IReadOnlyList<string> RankingMeasures { get; } = ["vsm"];

    /// <summary>See <see cref="RankingMeasures"/>: without a model, the first measure ranks the links.</summary>
    public const string RankingModel = ModelNames.None;

    /// <summary>
    /// How the product's front ends (`comet trace --answers`, `comet review`, the service) read a person's
    /// answers: someone who answers looked at the link on purpose, unlike the benchmarks' simulated
    /// developer (wrong a quarter of the time, whom `comet evaluate` doubts through the model's default
    /// priors): a verdict is taken to be wrong about once in 1000, held firmly (strength 1000), so one
    /// rejection moves its link by about -6.9 log-odds, more than the measures' evidence on any benchmark
    /// link; two people who contradict each other still cancel out, and a Likert answer counts as much as
    /// its level says. One value, so the CLI and the service give the same probabilities.
    /// </summary>
    public static InferenceOptions PeoplesAnswers { get; } = new()
    {
        Priors = ModelPriors.Default with
        {
            FeedbackSensitivity = BetaPrior.FromMeanAndStrength(0.999, 1000),
            FeedbackFalseAlarm = BetaPrior.FromMeanAndStrength(0.001, 1000),
        },
    };

    /// <summary>The natural language of artifact text unless told otherwise.</summary>
    public const string Language = "en";

    /// <summary>A list as a command-line default ("vsm,lsi,js,bm25").</summary>
    public static string OnCommandLine(IReadOnlyList<string> names) => string.Join(',', names);
}
