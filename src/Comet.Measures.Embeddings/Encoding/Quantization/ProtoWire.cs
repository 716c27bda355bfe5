namespace Comet.Measures.Embeddings.Encoding.Quantization;

/// <summary>
/// Just enough of the protocol-buffer wire format to rewrite an ONNX file without generated classes:
/// a message is read as its list of fields in file order, untouched fields are written back byte for
/// byte, and new fields are appended. Only the wire types ONNX uses occur (varint, 64-bit,
/// length-delimited, 32-bit).
/// </summary>
internal static class ProtoWire
{
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int LengthDelimited = 2;
    public const int Fixed32 = 5;

    /// <summary>One field of a message: its number, wire type, value (varint) or payload, and its exact bytes in the file.</summary>
    public readonly record struct Field(int Number, int WireType, ulong Value, ReadOnlyMemory<byte> Payload, ReadOnlyMemory<byte> Raw)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Payload.Span);
    }

    public static List<Field> Read(ReadOnlyMemory<byte> message)
    {
        var fields = new List<Field>();
        var span = message.Span;
        var at = 0;
        while (at < span.Length)
        {
            var start = at;
            var key = ReadVarint(span, ref at);
            var number = checked((int)(key >> 3));
            var wireType = (int)(key & 7);
            ulong value = 0;
            ReadOnlyMemory<byte> payload = default;
            switch (wireType)
            {
                case Varint:
                    value = ReadVarint(span, ref at);
                    break;
                case Fixed64:
                    payload = message.Slice(at, 8);
                    at += 8;
                    break;
                case LengthDelimited:
                    var length = checked((int)ReadVarint(span, ref at));
                    payload = message.Slice(at, length);
                    at += length;
                    break;
                case Fixed32:
                    payload = message.Slice(at, 4);
                    at += 4;
                    break;
                default:
                    throw new InvalidDataException($"protobuf wire type {wireType} at byte {start} is not supported");
            }

            fields.Add(new Field(number, wireType, value, payload, message[start..at]));
        }

        return fields;
    }

    /// <summary>The varints of a repeated integer field, packed (one payload) or not (one field each).</summary>
    public static IEnumerable<long> Integers(IEnumerable<Field> fields, int number)
    {
        foreach (var field in fields.Where(f => f.Number == number))
        {
            if (field.WireType == Varint)
            {
                yield return (long)field.Value;
                continue;
            }

            var at = 0;
            var values = new List<long>();
            while (at < field.Payload.Length)
            {
                values.Add((long)ReadVarint(field.Payload.Span, ref at));
            }

            foreach (var value in values)
            {
                yield return value;
            }
        }
    }

    public static void WriteVarintField(Stream output, int number, ulong value)
    {
        WriteVarint(output, ((ulong)number << 3) | Varint);
        WriteVarint(output, value);
    }

    public static void WriteBytesField(Stream output, int number, ReadOnlySpan<byte> payload)
    {
        WriteVarint(output, ((ulong)number << 3) | LengthDelimited);
        WriteVarint(output, (ulong)payload.Length);
        output.Write(payload);
    }

    public static void WriteStringField(Stream output, int number, string text) =>
        WriteBytesField(output, number, System.Text.Encoding.UTF8.GetBytes(text));

    private static ulong ReadVarint(ReadOnlySpan<byte> span, ref int at)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = span[at++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new InvalidDataException("protobuf varint longer than 10 bytes");
    }

    private static void WriteVarint(Stream output, ulong value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }
}
