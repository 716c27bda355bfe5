namespace Comet.Loading.Text;

/// <summary>
/// The bytes are not text in any encoding the decoder accepts (e.g. binary content, broken UTF-16).
/// Readers turn it into a <see cref="Comet.Core.CometInputException"/> that names the file.
/// </summary>
public sealed class UndecodableTextException : Exception
{
    public UndecodableTextException()
    {
    }

    public UndecodableTextException(string message)
        : base(message)
    {
    }

    public UndecodableTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
