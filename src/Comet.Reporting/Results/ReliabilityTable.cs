using System.Globalization;
using System.Text;

namespace Comet.Reporting.Results;

/// <summary>Reliability tables of the rows that have one (model runs), for the terminal.</summary>
public static class ReliabilityTable
{
    public static string Text(IEnumerable<EvaluationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        foreach (var row in rows.Where(r => r.Reliability is not null))
        {
            var bins = row.Reliability!;
            var scores = row.Scores is { } p
                ? string.Create(CultureInfo.InvariantCulture, $", Brier {p.Brier:0.0000} (skill {p.BrierSkill:+0.000;-0.000}), log loss {p.LogLoss:0.000}")
                : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"\nreliability: {row.Dataset} / {row.Run} (ECE {ReliabilityBin.ExpectedCalibrationError(bins):0.000}{scores})");
            text.AppendLine("  bin          pairs  predicted  observed");
            foreach (var bin in bins.Where(b => b.Pairs > 0))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  [{bin.Lower:0.0}, {bin.Upper:0.0})  {bin.Pairs,7}  {bin.MeanPredicted,9:0.000}  {bin.ObservedFrequency,8:0.000}");
            }
        }

        return text.ToString();
    }
}
