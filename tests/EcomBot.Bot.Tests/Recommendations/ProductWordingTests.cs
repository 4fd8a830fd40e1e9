using EcomBot.Bot.Capabilities.Recommendations;
using EcomBot.Bot.Conversation.Discovery.Recommendations;

namespace EcomBot.Bot.Tests.Recommendations;

public sealed class ProductWordingTests
{
    [Theory]
    [InlineData("Water Bottle", "a Water Bottle")]
    [InlineData("E-Reader", "an E-Reader")]
    [InlineData("LED Light Bulb", "an LED Light Bulb")]
    [InlineData("Hiking Boots", "a pair of Hiking Boots")]
    public void ProductNamesTakeTheArticleTheyAreReadWith(string name, string expected) =>
        Assert.Equal(expected, ProductWording.WithArticle(name));

    [Theory]
    [InlineData("Hiking Boots", "hiking boots")]
    [InlineData("Water Bottle", "water bottles")]
    [InlineData("LED Light Bulb", "LED light bulbs")]
    [InlineData("Luggage Set", "luggage sets")]
    [InlineData("Gaming Mouse", "gaming mice")]
    public void ProductNamesReadAsPluralsInsideASentence(string name, string expected) =>
        Assert.Equal(expected, ProductWording.Plural(name));
}
