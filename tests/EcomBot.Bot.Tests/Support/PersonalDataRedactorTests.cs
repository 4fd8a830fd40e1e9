using EcomBot.Bot.Privacy;

namespace EcomBot.Bot.Tests.Support;

public sealed class PersonalDataRedactorTests
{
    [Fact]
    public void EmailsNumbersAndStreetAddressesAreMaskedButOrderIdsStay()
    {
        var redacted = PersonalDataRedactor.Redact(
            "I'm noah.brown7922@example.com, zip 80279, phone +1 303 555 0101, at 986 Sunset Drive; order #W7678072");

        Assert.Equal("I'm [email], zip [number], phone [number], at [address]; order #W7678072", redacted);
    }

    [Theory]
    [InlineData("ship to 12 Main St, Austin, TX 78701", "ship to [address], [place] [number]")]
    [InlineData("St. Louis MO please", "[place] please")]
    [InlineData("I moved to Phoenix, Arizona last year", "I moved to [place] last year")]
    [InlineData("we're in new york now", "we're in [place] now")]
    [InlineData("OK, is order #W1713682 in Texas yet?", "OK, is order #W1713682 in [place] yet?")]
    public void CitiesAndStatesAreMaskedButOrdinaryWordsStay(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Fact]
    public void MaskingComesBeforeCuttingSoACutEmailCannotEscape()
    {
        // Cut first, 157 characters would end "emma.smith39...".
        var logged = PersonalDataRedactor.ForLog(new string('x', 145) + " emma.smith3991@example.com", 160);
        var longer = PersonalDataRedactor.ForLog(new string('x', 170) + " emma.smith3991@example.com", 160);

        Assert.Equal(new string('x', 145) + " [email]", logged);
        Assert.Equal(new string('x', 157) + "...", longer);
    }

    [Fact]
    public void ControlCharactersBecomeOneSpaceARun() =>
        Assert.Equal("a b c d e", PersonalDataRedactor.Neutralize("a\r\nb\u2028c\u202Ed\u001b\te"));

    [Fact]
    public void GivenNamesAreMaskedAsWholeWordsInAnyCase() =>
        Assert.Equal("Thanks, [name], for waiting, Rajella", PersonalDataRedactor.ForLog("Thanks, RAJ, for waiting, Rajella", 100, ["raj"]));
}
