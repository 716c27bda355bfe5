using System.Text;

namespace Comet.Cli.Trace;

/// <summary>
/// One CSV line's fields as RFC 4180 writes them: a field holding a comma, a quote or surrounding
/// spaces is quoted, a quote inside doubled. `comet review --format csv` writes its ids this way and the
/// answers file is read this way, so a file name with a comma survives the round trip, and so does a
/// file a spreadsheet saved (spreadsheets quote such fields the same way).
/// </summary>
internal static class CsvFields
{
    /// <summary>The value as one CSV field: as it is when nothing in it needs quoting.</summary>
    public static string Quote(string value)
    {
        var needs = value.Length > 0 && (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));
        return needs ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>The fields of one line; null when a quoted field is not closed on it.</summary>
    public static List<string>? Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return null;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                // Anything between the closing quote and the next comma (spaces a hand edit left) is kept.
                while (i < line.Length && line[i] != ',')
                {
                    field.Append(line[i++]);
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    field.Append(line[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i >= line.Length)
            {
                return fields;
            }

            i++; // the comma
        }
    }
}
