using Comet.Measures.Embeddings.Text;

namespace Comet.Measures.Embeddings.Tests;

public class NaturalTextTests
{
    [Theory]
    [InlineData("getPatientName", "get patient name")]
    [InlineData("HTTPServer", "http server")]
    [InlineData("MAX_RETRY_count", "max retry count")]
    [InlineData("parseXml2Json", "parse xml 2 json")]
    [InlineData("ELIMINABENECULTURALE", "eliminabeneculturale")]
    public void Words_Identifier_SplitsIntoLowerCaseWords(string identifier, string expected)
    {
        Assert.Equal(expected, string.Join(' ', NaturalText.Words(identifier)));
    }

    [Fact]
    public void Words_AccentedItalian_FoldsAccents()
    {
        Assert.Equal("la qualita delle citta e perche", string.Join(' ', NaturalText.Words("La qualità delle città è perché")));
    }

    [Fact]
    public void Words_ProseAndCode_KeepsSentencePunctuationOnly()
    {
        var words = NaturalText.Words("The user logs in. Then: this.save(x); done!");

        Assert.Equal("the user logs in. then: this save x done!", string.Join(' ', words));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  {}();\n\t== ")]
    public void Words_NoLettersOrDigits_GivesNone(string text)
    {
        Assert.Empty(NaturalText.Words(text));
    }
}
