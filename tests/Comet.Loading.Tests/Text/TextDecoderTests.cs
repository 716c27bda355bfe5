using System.Text;
using Comet.Loading.Text;

namespace Comet.Loading.Tests.Text;

public sealed class TextDecoderTests
{
    private const string Sample = "caf\u00e9 \u201cquoted\u201d \u2014 citt\u00e0";

    [Fact]
    public void Decode_Utf8WithBom_RemovesBom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("utf-8-bom", decoded.EncodingName);
    }

    [Fact]
    public void Decode_Utf8WithoutBom_IsStrictUtf8()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Fact]
    public void Decode_Cp1252Bytes_FallsBackToWindows1252()
    {
        // 0x93/0x94 are curly quotes and 0x97 an em dash in cp1252 (control characters in Latin-1).
        var bytes = TextDecoder.Windows1252.GetBytes(Sample);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("windows-1252", decoded.EncodingName);
    }

    [Fact]
    public void Decode_Latin1Bytes_ReadAsTheSameLetters()
    {
        var bytes = Encoding.Latin1.GetBytes("perch\u00e9 citt\u00e0");

        Assert.Equal("perch\u00e9 citt\u00e0", TextDecoder.Decode(bytes).Text);
    }

    [Theory]
    [InlineData(false, "utf-16le-bom")]
    [InlineData(true, "utf-16be-bom")]
    public void Decode_Utf16WithBom_UsesTheBomsByteOrder(bool bigEndian, string expectedName)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(expectedName, decoded.EncodingName);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Decode_Utf16WithoutBom_IsDetectedByZeroBytes(bool bigEndian, string expectedName)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("Data set:\r\n\tIBS " + Sample);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("Data set:\n\tIBS " + Sample, decoded.Text);
        Assert.Equal(expectedName, decoded.EncodingName);
    }

    [Fact]
    public void Decode_CrLfAndCr_BecomeLf()
    {
        Assert.Equal("a\nb\nc", TextDecoder.Decode("a\r\nb\rc"u8.ToArray()).Text);
    }

    [Fact]
    public void Decode_BinaryContent_Throws()
    {
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0x00, 0x13 };

        Assert.Throws<UndecodableTextException>(() => TextDecoder.Decode(bytes));
        Assert.True(TextDecoder.LooksBinary(bytes));
    }

    [Fact]
    public void LooksBinary_Utf16Text_IsFalse()
    {
        Assert.False(TextDecoder.LooksBinary(Encoding.Unicode.GetBytes("plain text in UTF-16")));
    }

    [Fact]
    public void DecodeXml_DeclaredIso88591_HonoursDeclaration()
    {
        // 0xE8 alone is invalid UTF-8; the declaration says Latin-1, so it is "è".
        var head = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"iso-8859-1\" ?><a>citt");
        var bytes = head.Concat(new byte[] { 0xE8 }).Concat(Encoding.ASCII.GetBytes("</a>")).ToArray();

        Assert.Equal("<?xml version=\"1.0\" encoding=\"iso-8859-1\" ?><a>citt\u00e8</a>", TextDecoder.DecodeXml(bytes).Text);
    }

    [Fact]
    public void DecodeXml_DeclaredUtf8_ReadsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><a>\u00e8</a>");

        var decoded = TextDecoder.DecodeXml(bytes);

        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?><a>\u00e8</a>", decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }
}
