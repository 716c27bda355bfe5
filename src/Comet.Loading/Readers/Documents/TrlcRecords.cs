using System.Text;

namespace Comet.Loading.Readers.Documents;

/// <summary>
/// TRLC record files (the requirement language LOBSTER traces), as far as requirement texts need:
/// "package P" names the package; a record is "Type Name { field = value ... }" (the type may be
/// qualified, "req.System_Requirement"); "section "title" { ... }" only groups records. A record's id is
/// "P.Name", as LOBSTER's code markers spell it, and its text is every string literal among its field
/// values (summary, description, impacts ...); references to other records are ids, not prose, and are
/// left out. Comments ("//", "/* */") are skipped. Type definitions live in .rsl files, which are not read.
/// </summary>
public static class TrlcRecords
{
    /// <summary>Parses one .trlc file into its records, in file order.</summary>
    public static IEnumerable<DocumentItem> Parse(string content)
    {
        var tokens = Tokenize(content);
        var package = string.Empty;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token is { Kind: TokenKind.Word, Text: "package" } && i + 1 < tokens.Count)
            {
                package = tokens[++i].Text;
            }
            else if (token.Kind == TokenKind.Word && token.Text != "section"
                && i + 2 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 2] is { Kind: TokenKind.Punctuation, Text: "{" })
            {
                var name = tokens[i + 1].Text;
                var text = new StringBuilder();
                var depth = 0;
                for (i += 2; i < tokens.Count; i++)
                {
                    var inner = tokens[i];
                    if (inner.Kind == TokenKind.String)
                    {
                        text.AppendLine(inner.Text.Trim());
                    }
                    else if (inner.Text == "{")
                    {
                        depth++;
                    }
                    else if (inner.Text == "}" && --depth == 0)
                    {
                        break;
                    }
                }

                yield return new DocumentItem(package.Length == 0 ? name : $"{package}.{name}", text.ToString().Trim());
            }
        }
    }

    private enum TokenKind
    {
        Word,
        String,
        Punctuation,
    }

    private readonly record struct Token(TokenKind Kind, string Text);

    private static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (s.AsSpan(i).StartsWith("//"))
            {
                i = IndexOrEnd(s, "\n", i);
            }
            else if (s.AsSpan(i).StartsWith("/*"))
            {
                i = IndexOrEnd(s, "*/", i + 2) + 2;
            }
            else if (s.AsSpan(i).StartsWith("'''") || s.AsSpan(i).StartsWith("\"\"\""))
            {
                var quote = s.Substring(i, 3);
                var end = IndexOrEnd(s, quote, i + 3);
                tokens.Add(new Token(TokenKind.String, s[(i + 3)..Math.Min(end, s.Length)]));
                i = end + 3;
            }
            else if (c is '"' or '\'')
            {
                var end = i + 1;
                while (end < s.Length && s[end] != c && s[end] != '\n')
                {
                    end += s[end] == '\\' ? 2 : 1;
                }

                tokens.Add(new Token(TokenKind.String, s[(i + 1)..Math.Min(end, s.Length)]));
                i = end + 1;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var end = i;
                while (end < s.Length && (char.IsAsciiLetterOrDigit(s[end]) || s[end] is '_' or '.'))
                {
                    end++;
                }

                tokens.Add(new Token(TokenKind.Word, s[i..end]));
                i = end;
            }
            else
            {
                tokens.Add(new Token(TokenKind.Punctuation, c.ToString()));
                i++;
            }
        }

        return tokens;
    }

    private static int IndexOrEnd(string s, string value, int from)
    {
        var at = s.IndexOf(value, from, StringComparison.Ordinal);
        return at < 0 ? s.Length : at;
    }
}
