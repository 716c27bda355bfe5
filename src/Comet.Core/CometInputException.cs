namespace Comet.Core;

/// <summary>
/// Bad input that the user can fix: a missing folder, an unknown dataset id, an unreadable file.
/// The message is one line and names the file or value at fault; front ends print it without a
/// stack trace and exit non-zero.
/// </summary>
public class CometInputException : Exception
{
    public CometInputException()
    {
    }

    public CometInputException(string message)
        : base(message)
    {
    }

    public CometInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
