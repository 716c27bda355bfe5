using System.CommandLine;
using Comet.Cli.Options;
using Comet.Pipeline.Modelling;

namespace Comet.Cli.Evaluate;

/// <summary>
/// The options of `comet evaluate`, declared apart from the command so that the command reads as what it
/// does; <see cref="Request"/> turns what was given into a checked <see cref="EvaluateRequest"/>.
/// </summary>
internal sealed class EvaluateOptions
{
    public BenchmarkOptions Benchmark { get; } = new();

    public Option<string> Format { get; } = new("--format") { Description = "table, markdown or json.", DefaultValueFactory = _ => "table" };

    public Option<double?> Threshold { get; } = new("--threshold") { Description = "Also report precision/recall/F1/F2 of the pairs scoring >= this value." };

    public Option<string?> Trec { get; } = new("--trec") { Description = "Write TREC run and qrels files into this folder (for trec_eval)." };

    public Option<string?> Check { get; } = new("--check") { Description = "Compare AP/MAP/AUC (and a model run's Brier score and log loss) with a committed results JSON file; exit 3 on any difference." };

    public Option<string?> Report { get; } = new("--report") { Description = "Also write an HTML evaluation report to FILE.html." };

    public Option<string> Model { get; } = new("--model") { Description = "Link models scored beside the measures: hbn, comet, both (hbn,comet) or none.", DefaultValueFactory = _ => ModelDefaults.RankingModel };

    public Option<bool> Transitive { get; } = new("--transitive") { Description = "Also score the first model with transitive evidence (tasks with intermediate artifacts)." };

    public Option<bool> Structure { get; } = new("--structure") { Description = "Also score the first model with the targets' code graph (imports, inheritance, type references, calls) as a path: a row \"model hbn +structure\" per task." };

    public Option<double?> FeedbackFraction { get; } = new("--feedback-fraction") { Description = "Simulate developer feedback on this share of pairs (protocol: 0.1) and score the first model with it." };

    public Option<string?> FeedbackError { get; } = new("--feedback-error") { Description = "Share of simulated answers that are wrong (default 0.25; with --protocol a comma list, default 0,0.25)." };

    public Option<string?> Protocol { get; } = new("--protocol") { Description = "Simulated reviewers instead of metrics: random, review, active (comma-separated, or all). Prints what their answers teach the model about the pairs nobody answered; --report writes learning curves." };

    public Option<string?> Budgets { get; } = new("--budgets") { Description = "With --protocol: numbers of answers, comma-separated (default 20,30,50,100,200; 30 is where the calibration goal is read)." };

    public Option<string?> Seeds { get; } = new("--seeds") { Description = "With --protocol: seeds of which pairs are asked and which answers are wrong (default 42,1,2,3,4,5)." };

    public Option<double?> Confidence { get; } = new("--answer-confidence") { Description = "Stated probability of each simulated answer, with --feedback-fraction or --protocol (default 0.9, the protocol's, which the model reads as a 9:1 vote; 1 = verdicts, as the product reads yes/no and confirm/reject)." };

    public Option<int> Seed { get; } = new("--seed") { Description = "Seed of stochastic measures and of the feedback simulation.", DefaultValueFactory = _ => 42 };

    public Option<string?> Cache { get; } = CommonOptions.Cache();

    public Option<bool> Calibration { get; } = new("--calibration") { Description = "Print the reliability table (predicted vs observed link frequency) of each model run. With --format json no table is printed: each model row carries the same numbers as \"reliability\": [[pairs, mean predicted, observed frequency] per bin] and \"ece\"." };

    /// <summary>Every option, in the order `comet evaluate --help` lists them.</summary>
    public IEnumerable<Option> All =>
    [
        Benchmark.Dataset, Benchmark.All, Benchmark.Measures, Format, Benchmark.Data, Threshold, Trec, Check, Benchmark.Quiet, Report,
        Model, Transitive, Structure, FeedbackFraction, FeedbackError, Confidence, Seed, Calibration, Cache, Protocol, Budgets, Seeds,
    ];

    public EvaluateRequest Request(ParseResult parse) => EvaluateRequest.Create(this, parse);
}
