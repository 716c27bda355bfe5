namespace Comet.Server.Artifacts;

/// <summary>A zip upload refused as a whole (unsafe path, bomb, too many entries); the message names the entry.</summary>
internal sealed class ZipRejectedException : Exception
{
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
