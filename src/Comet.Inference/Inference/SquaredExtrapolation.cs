namespace Comet.Inference.Inference;

/// <summary>
/// SQUAREM (Varadhan and Roland 2008, scheme S3) over <see cref="MeanFieldSolver"/>'s sweeps: two
/// ordinary sweeps from the link log-odds L0 give r = L1 - L0 and v = L2 - 2 L1 + L0; the state jumps to
/// L0 - 2 alpha r + alpha^2 v with alpha = -|r| / |v| (alpha = -1 is L2, the plain iterate), and one
/// ordinary sweep from there stabilises it. Every sweep is the plain map, so a fixed point of one is a
/// fixed point of the other, and the stop rule is the plain one (a sweep that moves no q by the tolerance).
/// Safeguards: alpha in [-stepMax, -1]; an extrapolation whose next sweep moves q more than the last
/// plain sweep did is undone (the whole solver state goes back to L2's) and stepMax shrinks (at 1 the
/// cycle is plain EM); a cycle whose alpha reached stepMax and did not fail lets it grow, as in SQUAREM.
/// </summary>
internal static class SquaredExtrapolation
{
    // The bound on |alpha| starts at 4 (SQUAREM's own starts at 1, a first cycle of plain EM) and grows or
    // shrinks fourfold (SQUAREM's mstep). The fit's slow mode contracts at 2/3, i.e. alpha = -3.
    private const double InitialStepMax = 4;
    private const double StepFactor = 4;

    // The extrapolated log-odds stay where a double's sigmoid is still meaningful.
    private const double LogOddsBound = 700;

    /// <summary>Runs <paramref name="solver"/> to the tolerance; true when it converged within the sweep cap.</summary>
    public static bool Run(MeanFieldSolver solver, InferenceOptions options)
    {
        var n = solver.LogOdds.Length;
        double[] l0 = new double[n], l1 = new double[n], q0 = new double[n], q1 = new double[n], jump = new double[n];
        var stepMax = InitialStepMax;
        var tolerance = options.Tolerance;
        bool Capped() => solver.Iterations >= options.MaxIterations;

        // While the concentration a is re-chosen every sweep the map itself changes from sweep to sweep;
        // extrapolation starts once it settles.
        while (solver.Iterations < MeanFieldSolver.ConcentrationSettlingSweeps && !Capped())
        {
            if (solver.Sweep() < tolerance)
            {
                return true;
            }
        }

        while (!Capped())
        {
            Array.Copy(solver.LogOdds, l0, n);
            Array.Copy(solver.Posterior, q0, n);
            if (solver.Sweep() < tolerance)
            {
                return true;
            }

            var mapChanged = solver.ConcentrationMoved;
            if (Capped())
            {
                break;
            }

            Array.Copy(solver.LogOdds, l1, n);
            Array.Copy(solver.Posterior, q1, n);
            var plainChange = solver.Sweep();
            if (plainChange < tolerance)
            {
                return true;
            }

            // Differences across a moved concentration are two different maps' steps, not one map's.
            if (mapChanged || solver.ConcentrationMoved)
            {
                continue;
            }

            var unclipped = StepLength(q0, q1, solver.Posterior);
            var alpha = Math.Clamp(unclipped, -stepMax, -1);
            var grow = unclipped <= -stepMax ? StepFactor : 1;

            // An undone extrapolation needs one more plain sweep, so the result's state is a sweep's own.
            if (alpha == -1 || solver.Iterations + 2 > options.MaxIterations)
            {
                stepMax *= grow;
                continue;
            }

            var plain = solver.Save();
            Extrapolate(l0, l1, solver.LogOdds, alpha, jump);
            solver.MoveTo(jump);
            var change = solver.Sweep(fromExtrapolation: true);
            if (change < tolerance)
            {
                return true;
            }

            if (change < plainChange)
            {
                stepMax *= grow;
            }
            else
            {
                solver.Restore(plain);
                stepMax = Math.Max(1, stepMax / StepFactor);
            }
        }

        return false;
    }

    /// <summary>
    /// alpha = -|q1 - q0| / |q2 - 2 q1 + q0| (-1 when the two steps are equal). Measured on q, not the log-odds,
    /// so the pairs far below any link (whose log-odds move a lot and their q not at all) do not set the step.
    /// </summary>
    internal static double StepLength(double[] q0, double[] q1, double[] q2)
    {
        double rr = 0, vv = 0;
        for (var i = 0; i < q0.Length; i++)
        {
            var r = q1[i] - q0[i];
            var v = q2[i] - (2 * q1[i]) + q0[i];
            rr += r * r;
            vv += v * v;
        }

        return vv > 0 ? -Math.Sqrt(rr / vv) : -1;
    }

    /// <summary>L0 - 2 alpha (L1 - L0) + alpha^2 (L2 - 2 L1 + L0), into <paramref name="result"/>.</summary>
    internal static void Extrapolate(double[] l0, double[] l1, double[] l2, double alpha, double[] result)
    {
        for (var i = 0; i < result.Length; i++)
        {
            var r = l1[i] - l0[i];
            var v = l2[i] - (2 * l1[i]) + l0[i];
            result[i] = Math.Clamp(l0[i] - (2 * alpha * r) + (alpha * alpha * v), -LogOddsBound, LogOddsBound);
        }
    }
}
