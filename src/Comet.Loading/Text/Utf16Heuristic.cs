namespace Comet.Loading.Text;

/// <summary>
/// Recognises UTF-16 text written without a byte-order mark. Mostly-Latin text in UTF-16 has a
/// zero byte in every other position (odd positions for little endian, even for big endian), which
/// no 8-bit encoding produces.
/// </summary>
internal static class Utf16Heuristic
{
    private const int SampleBytes = 4096;

    /// <summary>False = little endian, true = big endian, null = not UTF-16.</summary>
    public static bool? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var pairs = sample.Length / 2;
        if (pairs < 2 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        // Thresholds: at least 40% of the characters are Latin-1 (zero high byte) and the other
        // half of the bytes almost never zero, which rules out binary files full of zeros.
        if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05)
        {
            return false;
        }

        if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05)
        {
            return true;
        }

        return null;
    }
}
