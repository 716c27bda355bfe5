using System.Text;

namespace Comet.Loading.Readers.Artifacts;

/// <summary>
/// Splits delimited text into records. A field that starts with <c>"</c> is quoted: it may span
/// lines and uses <c>""</c> for a quote. Leniency for hand-made files: a quote inside a quoted
/// field ends it only before a delimiter, a line break or the end; elsewhere it is kept as text.
/// With <c>maxFields</c>, the last field takes the rest of the row, delimiters included.
/// </summary>
internal static class DelimitedTextParser
{
    public static IEnumerable<DelimitedRecord> Parse(string text, char delimiter, int? maxFields = null)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var fieldStart = true;
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lastField = maxFields is { } max && fields.Count >= max - 1;
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"' && (i + 1 == text.Length || text[i + 1] == '\n' || (text[i + 1] == delimiter && !lastField)))
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && fieldStart)
            {
                quoted = true;
                fieldStart = false;
            }
            else if (c == delimiter && !lastField)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStart = true;
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                yield return new DelimitedRecord(fields.ToArray(), recordLine);
                fields.Clear();
                field.Clear();
                fieldStart = true;
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                fieldStart = false;
            }
        }

        if (fields.Count > 0 || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new DelimitedRecord(fields.ToArray(), recordLine);
        }
    }
}
