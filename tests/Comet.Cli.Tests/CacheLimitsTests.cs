using Comet.Cli.Caching;
using Comet.Core;

namespace Comet.Cli.Tests;

public class CacheLimitsTests
{
    [Theory]
    [InlineData("30d", 30 * 24 * 3600)]
    [InlineData("12h", 12 * 3600)]
    [InlineData("90m", 90 * 60)]
    [InlineData("2w", 14 * 24 * 3600)]
    [InlineData("1.5d", 36 * 3600)]
    [InlineData("0s", 0)]
    public void ParseAge_NumberAndUnit_GivesThatLength(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), CacheLimits.ParseAge(text));

    [Theory]
    [InlineData("2GB", 2_000_000_000)]
    [InlineData("500MB", 500_000_000)]
    [InlineData("1.5GiB", 1_610_612_736)]
    [InlineData("4KiB", 4096)]
    [InlineData("2gb", 2_000_000_000)]
    [InlineData("2 GB", 2_000_000_000)]
    [InlineData("0", 0)]
    [InlineData("123", 123)]
    [InlineData("10B", 10)]
    public void ParseSize_NumberAndUnit_GivesThoseBytes(string text, long bytes) =>
        Assert.Equal(bytes, CacheLimits.ParseSize(text));

    [Theory]
    [InlineData("")]
    [InlineData("d")]
    [InlineData("30")]
    [InlineData("-1d")]
    [InlineData("1y")]
    [InlineData("1e9d")]
    public void ParseAge_NotANumberAndUnit_ThrowsNamingTheOption(string text)
    {
        var error = Assert.Throws<CometInputException>(() => CacheLimits.ParseAge(text));

        Assert.StartsWith($"--older-than {text}: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("GB")]
    [InlineData("2XB")]
    [InlineData("-1GB")]
    [InlineData("1.5")]
    [InlineData("1,000")]
    [InlineData("99999999999TB")]
    public void ParseSize_NotASize_ThrowsNamingTheOption(string text)
    {
        var error = Assert.Throws<CometInputException>(() => CacheLimits.ParseSize(text));

        Assert.StartsWith($"--max-size {text}: ", error.Message, StringComparison.Ordinal);
    }
}
