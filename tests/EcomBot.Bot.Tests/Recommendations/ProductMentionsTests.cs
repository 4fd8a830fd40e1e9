using EcomBot.TestSupport;
using EcomBot.Bot.Capabilities.Recommendations;
using EcomBot.Bot.Conversation.Discovery.Recommendations;
using EcomBot.Bot.Tests.Commerce;

namespace EcomBot.Bot.Tests.Recommendations;

public sealed class ProductMentionsTests
{
    private static string[] Named(string text) =>
        [.. ProductMentions.Find(text, DemoData.Database.Products.Values)
            .Select(id => DemoData.Database.Products[id].Name)
            .Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("recommend me a perfume", new[] { "Perfume" })]
    [InlineData("what's your best selling coffee maker", new[] { "Coffee Maker" })]
    [InlineData("give me a recommendation for a kettle", new[] { "Electric Kettle", "Tea Kettle" })]
    [InlineData("any good hiking boots?", new[] { "Hiking Boots" })]
    [InlineData("which keyboards do people like", new[] { "Mechanical Keyboard" })]
    public void RequestsNamingAKindOfProductFindThatKind(string text, string[] expected) =>
        Assert.Equal(expected, Named(text));

    [Theory]
    [InlineData("recommend something")]
    [InlineData("can you set me up with something nice")]
    public void RequestsNamingNoProductFindNothing(string text) =>
        Assert.Empty(Named(text));
}
