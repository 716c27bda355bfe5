using System.Globalization;
using System.Text;

namespace Comet.Loading.Text;

/// <summary>One pass over an RTF string; see <see cref="RtfToText"/> for what it keeps.</summary>
internal sealed class RtfScanner(string rtf)
{
    private readonly StringBuilder _text = new(rtf.Length / 2);
    private readonly Stack<(bool Skip, int FallbackLength)> _outerGroups = new();
    private int _pos;
    private bool _skip;
    private int _fallbackLength = 1;
    private int _fallbackToSkip;

    public string Run()
    {
        while (_pos < rtf.Length)
        {
            var c = rtf[_pos++];
            switch (c)
            {
                case '{':
                    _outerGroups.Push((_skip, _fallbackLength));
                    break;
                case '}':
                    (_skip, _fallbackLength) = _outerGroups.Count > 0 ? _outerGroups.Pop() : (false, 1);
                    _fallbackToSkip = 0;
                    break;
                case '\\':
                    ReadControl();
                    break;
                case '\r' or '\n':
                    break; // raw line breaks are not text in RTF
                default:
                    EmitFallbackable(c);
                    break;
            }
        }

        return _text.ToString();
    }

    private void ReadControl()
    {
        if (_pos >= rtf.Length)
        {
            return;
        }

        var c = rtf[_pos];
        if (!char.IsAsciiLetter(c))
        {
            _pos++;
            ReadControlSymbol(c);
            return;
        }

        var start = _pos;
        while (_pos < rtf.Length && char.IsAsciiLetter(rtf[_pos]))
        {
            _pos++;
        }

        var word = rtf[start.._pos];
        var parameter = ReadParameter();
        if (_pos < rtf.Length && rtf[_pos] == ' ')
        {
            _pos++; // the space delimiting a control word belongs to it
        }

        ApplyWord(word, parameter);
    }

    private void ReadControlSymbol(char c)
    {
        switch (c)
        {
            case '\\' or '{' or '}':
                EmitFallbackable(c);
                break;
            case '\'':
                ReadHexByte();
                break;
            case '*':
                _skip = true; // {\* ...} marks an ignorable destination
                break;
            case '~':
                Emit(" ");
                break;
            case '_':
                Emit("-");
                break;
            case '\n' or '\r':
                Emit("\n"); // "\" before a line break is a line break (Cocoa RTF)
                break;
        }
    }

    private void ReadHexByte()
    {
        if (_pos + 2 > rtf.Length ||
            !byte.TryParse(rtf.AsSpan(_pos, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return;
        }

        _pos += 2;
        EmitFallbackable(TextDecoder.Windows1252.GetString([value])[0]);
    }

    private int? ReadParameter()
    {
        var start = _pos;
        if (_pos < rtf.Length && rtf[_pos] == '-')
        {
            _pos++;
        }

        while (_pos < rtf.Length && char.IsAsciiDigit(rtf[_pos]))
        {
            _pos++;
        }

        return int.TryParse(rtf.AsSpan(start, _pos - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private void ApplyWord(string word, int? parameter)
    {
        if (RtfVocabulary.SkippedDestinations.Contains(word))
        {
            _skip = true;
        }
        else if (word == "u" && parameter is { } code)
        {
            EmitUnicode(code < 0 ? code + 65536 : code);
            _fallbackToSkip = _fallbackLength;
        }
        else if (word == "uc")
        {
            _fallbackLength = Math.Max(0, parameter ?? 1);
        }
        else if (RtfVocabulary.Symbols.TryGetValue(word, out var symbol))
        {
            Emit(symbol);
        }
    }

    private void EmitUnicode(int code)
    {
        // Private-use code points come from symbol fonts (Wingdings bullets): no words there.
        if (code is >= 0xE000 and <= 0xF8FF)
        {
            return;
        }

        Emit(((char)code).ToString());
    }

    /// <summary>A character that may be the ANSI fallback of a preceding \uN, which must then be dropped.</summary>
    private void EmitFallbackable(char c)
    {
        if (_fallbackToSkip > 0)
        {
            _fallbackToSkip--;
            return;
        }

        if (!_skip)
        {
            _text.Append(c);
        }
    }

    private void Emit(string s)
    {
        if (!_skip)
        {
            _text.Append(s);
        }
    }
}
