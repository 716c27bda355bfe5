using Comet.Cli.Trace;

namespace Comet.Cli.Tests;

/// <summary>The answers file's CSV fields (Trace/CsvFields): what review writes, the answers reader reads back.</summary>
public class CsvFieldsTests
{
    [Theory]
    [InlineData("REQ-01.txt")]
    [InlineData("login, logout.txt")]
    [InlineData("Login \"Session\".java")]
    [InlineData(" padded ")]
    [InlineData("")]
    public void Quote_ThenSplit_GivesTheValueBack(string value)
    {
        var line = string.Join(',', CsvFields.Quote(value), CsvFields.Quote("target, 2"), "yes");

        Assert.Equal([value, "target, 2", "yes"], CsvFields.Split(line));
    }

    [Fact]
    public void Quote_PlainValue_StaysAsItIs() => Assert.Equal("src/a/B.java", CsvFields.Quote("src/a/B.java"));

    [Fact]
    public void Split_SpreadsheetLine_ReadsQuotedAndEmptyFields() =>
        Assert.Equal(["a,b", "", "c\"d", "yes"], CsvFields.Split("\"a,b\",,\"c\"\"d\",yes"));

    [Fact]
    public void Split_QuoteNotClosed_IsNull() => Assert.Null(CsvFields.Split("\"REQ-01.txt,member/Member.java,yes"));
}
