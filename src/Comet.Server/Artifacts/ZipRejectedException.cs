namespace Comet.Server.Artifacts;

/// <summary>A zip upload refused as a whole (unsafe path, bomb, too many entries); the message names the entry.</summary>
internal sealed class ZipRejectedException : Exception
{
    /// <summary>True when the zip is refused for its expanded size (answered 413), not for its form (400).</summary>
    public bool TooLarge { get; init; }

    public ZipRejectedException()
    {
    }

    public ZipRejectedException(string message)
        : base(message)
    {
    }

    public ZipRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
