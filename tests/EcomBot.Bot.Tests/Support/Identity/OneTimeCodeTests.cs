using EcomBot.Bot.Conversation.Support.Identity.Codes;

namespace EcomBot.Bot.Tests.Support.Identity;

public sealed class OneTimeCodeTests
{
    [Theory]
    [InlineData("482913", "482913")]
    [InlineData("my code is 482 913", "482913")]
    [InlineData("482-913.", "482913")]
    [InlineData("Isabella Sanchez 85093", null)]
    [InlineData("where is #W1713682", null)]
    [InlineData("482913 or 553412", null)]
    public void TheCodeIsReadFromTheCustomersWordsButNotFromZipCodesOrderIdsOrTwoCandidates(string text, string? expected) =>
        Assert.Equal(expected, OneTimeCode.Read(text, 6));

    [Fact]
    public void OnlyTheIssuedCodeMatchesAndTheStateHoldsNoCode()
    {
        var (code, pending) = OneTimeCode.Issue("isabella_sanchez_2068", 6, DateTimeOffset.UnixEpoch);
        var other = code == "000000" ? "000001" : "000000";

        Assert.Matches(@"^\d{6}$", code);
        Assert.True(OneTimeCode.Matches(pending, code));
        Assert.False(OneTimeCode.Matches(pending, other));
        Assert.DoesNotContain(code, System.Text.Json.JsonSerializer.Serialize(pending), StringComparison.Ordinal);
    }

    [Fact]
    public void CodesAreSpreadOverAllDigits()
    {
        var digits = Enumerable.Range(0, 500).SelectMany(_ => OneTimeCode.Issue(null, 6, DateTimeOffset.UnixEpoch).Code).ToList();

        Assert.Equal(10, digits.Distinct().Count());
        Assert.All(digits.GroupBy(d => d), group => Assert.InRange(group.Count(), 200, 400)); // 300 expected of each
    }
}
