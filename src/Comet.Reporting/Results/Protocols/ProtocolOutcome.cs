namespace Comet.Reporting.Results.Protocols;

/// <summary>
/// What one answer set did to one task: a reviewer following <paramref name="Strategy"/> answered
/// <paramref name="Answers"/> pairs (<paramref name="Budget"/> asked for; a tiny project may run out of
/// pairs), a share <paramref name="ErrorRate"/> of them wrong, under <paramref name="Seed"/>.
/// Budget 0 is the model without answers (every change 0), the first point of a learning curve.
/// </summary>
/// <param name="UnseenApChange">AP over the pairs nobody answered, with the answers minus without.</param>
/// <param name="UnreviewedApChange">The same over the sources that got no answer at all (what answers carry to requirements nobody reviewed); null when those sources hold no link.</param>
/// <param name="UnreviewedMapChange">MAP over those same sources, with the answers minus without: each requirement's own ranking, as a reviewer reads it (AP above ranks all their pairs together); null when they hold no link.</param>
/// <param name="Ece">Expected calibration error (10 equal-width bins) over the unanswered pairs.</param>
/// <param name="BrierSkill">1 - Brier / (rate (1 - rate)) over the unanswered pairs: 0 is as good as saying the link rate everywhere.</param>
/// <param name="PriorBrierSkill">The model without answers, scored on the same unanswered pairs: answers that take a project's easy links out of the scored set lower the skill of any model, so this is the fair baseline.</param>
/// <param name="ExpectedLinks">The model's expected number of links (the sum of probabilities).</param>
/// <param name="TrueLinks">The gold standard's number of links.</param>
public sealed record ProtocolOutcome(
    string Task,
    string Strategy,
    double ErrorRate,
    int Seed,
    int Budget,
    int Answers,
    double UnseenApChange,
    double? UnreviewedApChange,
    double? UnreviewedMapChange,
    double Ece,
    double BrierSkill,
    double PriorBrierSkill,
    double ExpectedLinks,
    int TrueLinks);
