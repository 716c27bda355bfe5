using System.Globalization;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Comet.Benchmarks.VectorSearch;

/// <summary>
/// An estimate of the machine's peak FP32 rate: logical CPUs x clock x FLOP per cycle, where FLOP
/// per cycle = SIMD lanes x 2 (a fused multiply-add is two operations) x 2 (two FMA units per core
/// assumed). The clock is the highest "cpu MHz" in /proc/cpuinfo (the current, often base, clock:
/// turbo is not counted), and SMT siblings count as cores, so the estimate can be off either way.
/// </summary>
internal sealed record MachinePeak(string CpuModel, int LogicalCpus, double Ghz, int SimdBits, int FlopsPerCycle)
{
    public double GflopsPerSecond => LogicalCpus * Ghz * FlopsPerCycle;

    public string Assumption =>
        FormattableString.Invariant(
            $"{LogicalCpus} logical CPUs x {Ghz:F2} GHz (/proc/cpuinfo) x {FlopsPerCycle} FLOP/cycle ({SimdBits}-bit SIMD, FMA, 2 FMA units assumed) = {GflopsPerSecond:F0} GFLOP/s");

    public static MachinePeak Detect()
    {
        var (model, mhz) = ReadCpuInfo();
        var bits = Vector512.IsHardwareAccelerated && Avx512F.IsSupported ? 512
            : Avx2.IsSupported ? 256
            : 128;
        var fmaFactor = Fma.IsSupported || bits == 512 ? 2 : 1;
        var flopsPerCycle = (bits / 32) * fmaFactor * 2;
        return new MachinePeak(model, Environment.ProcessorCount, mhz / 1000.0, bits, flopsPerCycle);
    }

    private static (string Model, double Mhz) ReadCpuInfo()
    {
        const string path = "/proc/cpuinfo";
        if (!File.Exists(path))
        {
            return ("unknown", 0);
        }

        var model = "unknown";
        double mhz = 0;
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                continue;
            }

            if (parts[0] == "model name")
            {
                model = parts[1];
            }
            else if (parts[0] == "cpu MHz" && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                mhz = Math.Max(mhz, value);
            }
        }

        return (model, mhz);
    }
}
