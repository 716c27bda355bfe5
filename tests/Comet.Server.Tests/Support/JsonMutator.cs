using System.Text;

namespace Comet.Server.Tests.Support;

/// <summary>Seeded mutations of a valid JSON body: truncation, byte flips, wrong types, garbage, deep nesting, bad UTF-8.</summary>
public sealed class JsonMutator(int seed)
{
    private static readonly string[] WrongValues = ["0", "-1", "1e400", "true", "null", "[]", "{}", "\"\"", "[1,2,3]", "{\"a\":{}}", "\"\\u0000\"", "99999999999999999999"];
    private readonly Random _random = new(seed);

    public byte[] Mutate(string json) => _random.Next(7) switch
    {
        0 => Encoding.UTF8.GetBytes(json[.._random.Next(json.Length)]),
        1 => FlipByte(Encoding.UTF8.GetBytes(json)),
        2 => Encoding.UTF8.GetBytes(ReplaceValue(json)),
        3 => Encoding.UTF8.GetBytes(json.Insert(_random.Next(json.Length), Garbage())),
        4 => Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)),
        5 => [0xC3, 0x28, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(json)],
        _ => Encoding.UTF8.GetBytes(ReplaceValue(ReplaceValue(json))),
    };

    public string RandomQueryValue() => _random.Next(6) switch
    {
        0 => "-" + _random.Next(1000),
        1 => "abc",
        2 => "99999999999999999999",
        3 => Uri.EscapeDataString("../../etc/passwd"),
        4 => Uri.EscapeDataString(Garbage()),
        _ => _random.Next(5000).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private byte[] FlipByte(byte[] bytes)
    {
        bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
        return bytes;
    }

    // Replaces the value after a random ':' with a value of another type.
    private string ReplaceValue(string json)
    {
        var colons = Enumerable.Range(0, json.Length).Where(i => json[i] == ':').ToArray();
        if (colons.Length == 0)
        {
            return json;
        }

        var start = colons[_random.Next(colons.Length)] + 1;
        var end = start;
        var depth = 0;
        var inString = false;
        while (end < json.Length && (depth > 0 || inString || (json[end] != ',' && json[end] != '}' && json[end] != ']')))
        {
            var c = json[end];
            inString = c == '"' && (end == 0 || json[end - 1] != '\\') ? !inString : inString;
            depth += inString ? 0 : c is '{' or '[' ? 1 : c is '}' or ']' ? -1 : 0;
            end++;
        }

        return string.Concat(json.AsSpan(0, start), WrongValues[_random.Next(WrongValues.Length)], json.AsSpan(end));
    }

    private string Garbage()
    {
        var chars = new char[_random.Next(1, 20)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)_random.Next(1, 0x2FF);
        }

        return new string(chars);
    }
}
