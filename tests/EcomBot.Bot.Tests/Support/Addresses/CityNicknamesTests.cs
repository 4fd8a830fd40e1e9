using EcomBot.Bot.Conversation.Support.Addresses;

namespace EcomBot.Bot.Tests.Support.Addresses;

public sealed class CityNicknamesTests
{
    [Theory]
    [InlineData("LA", "Los Angeles")]
    [InlineData("NYC", "New York")]
    [InlineData("philly", "Philadelphia")]
    [InlineData("Vegas", "Las Vegas")]
    [InlineData("DC", "Washington")]
    public void ANicknameStandsForItsCity(string word, string city) => Assert.Equal(city, CityNicknames.CityOf(word));

    [Theory]
    [InlineData("la")]
    [InlineData("sf")]
    [InlineData("Boston")]
    public void ACodeInSmallLettersOrAnotherWordIsNoNickname(string word) => Assert.Null(CityNicknames.CityOf(word));
}
