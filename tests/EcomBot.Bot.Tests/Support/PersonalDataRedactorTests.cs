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
}
