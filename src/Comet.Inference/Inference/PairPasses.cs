using System.Numerics.Tensors;
using Comet.Inference.Model;
using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// <see cref="MeanFieldSolver"/>'s passes over every pair, vectorised in fixed chunks run in parallel:
/// each chunk's arithmetic is the same whichever thread runs it, so the same input always gives the
/// same bits.
/// </summary>
internal static class PairPasses
{
    private const int Chunk = 1 << 15;

    /// <summary>
    /// The log-odds without the answers' share: the count constraint holds the measures' expected
    /// links, and answers move their own links on top of it instead of being paid for by all others
    /// (in a one-pair project the constraint would otherwise cancel any answer).
    /// </summary>
    public static double[] AnswerFree(double[] logOdds, double[] feedbackLogOdds, double[] scratch)
    {
        if (feedbackLogOdds.Length == 0)
        {
            return logOdds;
        }

        TensorPrimitives.Subtract(logOdds, feedbackLogOdds, scratch);
        return scratch;
    }

    /// <summary>logit q, with q clamped short of 0 and 1 so the log-odds stay finite.</summary>
    public static void ToLogOdds(double[] q, double[] logOdds)
    {
        var n = q.Length;
        var chunks = (n + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, () => new double[Chunk], (c, _, scratch) =>
        {
            var start = c * Chunk;
            var length = Math.Min(Chunk, n - start);
            var target = logOdds.AsSpan(start, length);
            var complement = scratch.AsSpan(0, length);
            TensorPrimitives.Clamp(q.AsSpan(start, length), 1e-300, 1 - 1e-16, target);
            TensorPrimitives.Subtract(1.0, target, complement);
            TensorPrimitives.Log(target, target);
            TensorPrimitives.Log(complement, complement);
            TensorPrimitives.Subtract(target, complement, target);
            return scratch;
        }, _ => { });
    }

    /// <summary>The evidence log-likelihood ratio of every pair: w'(x - midpoint) + answers' log-odds.</summary>
    public static void ComputeEvidence(LinkModel model, EmissionParameters emission, double[] feedbackLogOdds, double[] evidence)
    {
        var features = model.Features;
        var constant = 0.0;
        for (var j = 0; j < emission.Dimension; j++)
        {
            constant -= emission.Weights[j] * emission.Midpoint[j];
        }

        var n = features.PairCount;
        var chunks = (n + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, c =>
        {
            var start = c * Chunk;
            var length = Math.Min(Chunk, n - start);
            var eta = evidence.AsSpan(start, length);
            eta.Fill(constant);
            for (var j = 0; j < emission.Dimension; j++)
            {
                if (emission.Weights[j] > 0)
                {
                    TensorPrimitives.MultiplyAdd(features.Columns[j].Values.AsSpan(start, length), emission.Weights[j], eta, eta);
                }
            }

            if (feedbackLogOdds.Length > 0)
            {
                TensorPrimitives.Add(eta, feedbackLogOdds.AsSpan(start, length), eta);
            }
        });
    }

    /// <summary>q = sigmoid(logit q) in place; returns the largest change of q.</summary>
    public static double UpdatePosterior(double[] logOdds, double[] posterior)
    {
        var n = logOdds.Length;
        var chunks = (n + Chunk - 1) / Chunk;
        var changes = new double[chunks];
        Parallel.For(0, chunks, c =>
        {
            var start = c * Chunk;
            var end = Math.Min(n, start + Chunk);
            var change = 0.0;
            for (var i = start; i < end; i++)
            {
                var updated = LinkPosteriors.Sigmoid(logOdds[i]);
                change = Math.Max(change, Math.Abs(updated - posterior[i]));
                posterior[i] = updated;
            }

            changes[c] = change;
        });
        return changes.Max();
    }
}
