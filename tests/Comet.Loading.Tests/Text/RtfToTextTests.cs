using Comet.Loading.Text;

namespace Comet.Loading.Tests.Text;

public sealed class RtfToTextTests
{
    [Fact]
    public void Convert_HexEscapes_DecodeAsCp1252()
    {
        Assert.Equal("Nome caso d\u2019uso \u00e8", RtfToText.Convert(@"{\rtf1\ansi\ansicpg1252 Nome caso d\'92uso \'e8}"));
    }

    [Fact]
    public void Convert_ParTabAndLineBreakSymbol_BecomeWhitespace()
    {
        Assert.Equal("one\ntwo\tthree\nfour", RtfToText.Convert("{\\rtf1 one\\par two\\tab three\\\nfour}"));
    }

    [Fact]
    public void Convert_DestinationGroups_AreSkipped()
    {
        const string rtf = @"{\rtf1\ansi{\fonttbl\f0\froman Times;}{\colortbl;\red255\green255\blue255;}" +
                           @"{\stylesheet{\s0 Normal;}}{\*\generator Msftedit;}{\info{\title T}}\f0\fs24 Body text\par}";

        Assert.Equal("Body text", RtfToText.Convert(rtf));
    }

    [Fact]
    public void Convert_UnicodeEscape_SkipsItsFallbackCharacter()
    {
        Assert.Equal("a\u00e9b \u20ac", RtfToText.Convert(@"{\rtf1 a\u233?b \uc1\u8364\'80}"));
    }

    [Fact]
    public void Convert_UnicodeEscapeWithUc0_KeepsFollowingText()
    {
        Assert.Equal("x y", RtfToText.Convert(@"{\rtf1 x \uc0\u61656 y}"));
    }

    [Fact]
    public void Convert_NegativeUnicodeParameter_WrapsTo16Bits()
    {
        Assert.Equal("\uFF0C", RtfToText.Convert(@"{\rtf1 \u-244?}"));
    }

    [Fact]
    public void Convert_EscapedBracesAndBackslash_AreLiteral()
    {
        Assert.Equal(@"{a} \ b", RtfToText.Convert(@"{\rtf1 \{a\} \\ b}"));
    }

    [Fact]
    public void Convert_FormattingGroups_KeepTheirText()
    {
        Assert.Equal("see DatiErrati, OR", RtfToText.Convert(@"{\rtf1 see {\b DatiErrati}\b0 , OR}"));
    }

    [Theory]
    [InlineData("{\\rtf1\\ansi x}", true)]
    [InlineData("  {\\rtf1 x}", true)]
    [InlineData("plain {\\rtf1}", false)]
    public void IsRtf_LeadingMarker_Detected(string text, bool expected)
    {
        Assert.Equal(expected, RtfToText.IsRtf(text));
    }
}
