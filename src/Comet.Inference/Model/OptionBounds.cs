namespace Comet.Inference.Model;

/// <summary>The one way every settings record of the model rejects a value outside its bounds.</summary>
internal static class OptionBounds
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the option when <paramref name="ok"/> is false.</summary>
    public static void Check(bool ok, string name, string kind)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, $"Invalid {kind}.");
        }
    }
}
