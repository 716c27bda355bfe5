using System.Globalization;
using System.Text;
using Comet.Pipeline;

namespace Comet.Server.Runs;

/// <summary>Every measure's score of one link as compact JSON ({"vsm":0.42}), for the link's explanation.</summary>
internal sealed class MeasureScores(TraceResult result)
{
    public string For(string sourceId, string targetId)
    {
        var row = result.Task.Sources.IndexOf(sourceId);
        var column = result.Task.Targets.IndexOf(targetId);
        var json = new StringBuilder("{");
        foreach (var (name, matrix) in result.Matrices.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            // Measure names are registry keys (lower-case letters and digits), so no escaping is needed.
            var score = matrix[row, column];
            json.Append('"').Append(name).Append("\":").Append(double.IsFinite(score) ? score.ToString("R", CultureInfo.InvariantCulture) : "null");
        }

        return json.Append('}').ToString();
    }
}
