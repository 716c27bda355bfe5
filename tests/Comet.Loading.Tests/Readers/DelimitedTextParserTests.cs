using Comet.Loading.Readers.Artifacts;

namespace Comet.Loading.Tests.Readers;

public sealed class DelimitedTextParserTests
{
    [Fact]
    public void Parse_QuotedFieldWithDelimiterAndDoubledQuote_KeepsOneField()
    {
        var records = DelimitedTextParser.Parse("1,\"a, \"\"b\"\"\",c\n", ',').ToList();

        Assert.Single(records);
        Assert.Equal(["1", "a, \"b\"", "c"], records[0].Fields);
    }

    [Fact]
    public void Parse_QuotedFieldOverLines_IsOneRecord()
    {
        var records = DelimitedTextParser.Parse("46\t\"line one\nline two\"\n47\tx", '\t').ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal("line one\nline two", records[0].Fields[1]);
        Assert.Equal(3, records[1].Line);
    }

    [Fact]
    public void Parse_MaxFields_LastFieldKeepsDelimiters()
    {
        var records = DelimitedTextParser.Parse("141 Test case: a b c\n146 \"quoted \"text\" here \"", ' ', maxFields: 2).ToList();

        Assert.Equal(["141", "Test case: a b c"], records[0].Fields);
        Assert.Equal(["146", "quoted \"text\" here "], records[1].Fields);
    }

    [Fact]
    public void Parse_QuoteInsideUnquotedField_IsLiteral()
    {
        Assert.Equal(["a\"b", "c"], DelimitedTextParser.Parse("a\"b,c", ',').Single().Fields);
    }
}
