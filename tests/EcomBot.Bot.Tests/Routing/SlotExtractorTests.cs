using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Slots;

namespace EcomBot.Bot.Tests.Routing;

public sealed class SlotExtractorTests
{
    private static readonly SlotExtractor Extractor = new(new ProductOptionMatcher(
        ProductOptionVocabulary.Load(new IntentRoutingOptions().ResolvedProductCatalogPath())));

    [Theory]
    [InlineData("where is my order #W2378156?", "#W2378156")]
    [InlineData("status of W4817420 please", "#W4817420")]
    [InlineData("order 2378156 hasn't arrived", "#W2378156")]
    [InlineData("my order number is 2378156", "#W2378156")]
    [InlineData("order #2378156", "#W2378156")]
    public void OrderIdsAreReadInTheStoreFormat(string text, string expected) =>
        Assert.Equal(expected, Extractor.Extract(text).GetValueOrDefault(SlotKeys.OrderId));

    [Theory]
    [InlineData("call me at 2378156")]
    [InlineData("purchase 113542617735902 is late")]
    [InlineData("the order of 12 items")]
    public void NumbersThatAreNotOrderIdsAreLeftAlone(string text) =>
        Assert.False(Extractor.Extract(text).ContainsKey(SlotKeys.OrderId));

    [Fact]
    public void EmailIsFoundAndLowerCased() =>
        Assert.Equal("yusuf.rossi@example.com", Extractor.Extract("it's Yusuf.Rossi@Example.com thanks")[SlotKeys.Email]);

    [Theory]
    [InlineData("my zip is 19122", "19122")]
    [InlineData("Yusuf Rossi, 19122", "19122")]
    public void FiveDigitsStandingAloneAreAZipCode(string text, string expected) =>
        Assert.Equal(expected, Extractor.Extract(text)[SlotKeys.Zip]);

    [Theory]
    [InlineData("order #W1234567")]
    [InlineData("something under $25000")]
    [InlineData("item 9612497925")]
    [InlineData("it costs 12345.50")]
    public void DigitsInsideOtherNumbersAreNotAZipCode(string text) =>
        Assert.False(Extractor.Extract(text).ContainsKey(SlotKeys.Zip));

    [Theory]
    [InlineData("my name is yusuf rossi and my zip is 19122", "Yusuf", "Rossi")]
    [InlineData("Hi, I'm Mei Kovacs", "Mei", "Kovacs")]
    [InlineData("name: anya garcia", "Anya", "Garcia")]
    public void StatedNamesAreSplitIntoFirstAndLast(string text, string first, string last)
    {
        var slots = Extractor.Extract(text);
        Assert.Equal(first, slots[SlotKeys.FirstName]);
        Assert.Equal(last, slots[SlotKeys.LastName]);
    }

    [Theory]
    [InlineData("I'm looking for a lamp")]
    [InlineData("I am Very Upset")]
    [InlineData("this is taking too long")]
    public void OrdinarySentencesAreNotNames(string text) =>
        Assert.False(Extractor.Extract(text).ContainsKey(SlotKeys.FirstName));

    [Theory]
    [InlineData("headphones under $250", "250", null)]
    [InlineData("a laptop for less than 1,200 dollars", "1200", null)]
    [InlineData("something $99.99 or less", "99.99", null)]
    [InlineData("between $50 and $100", "100", "50")]
    [InlineData("a watch over $300", null, "300")]
    [InlineData("delivered in under 3 days", null, null)]
    public void PriceLimitsAreReadAsAmounts(string text, string? max, string? min)
    {
        var slots = Extractor.Extract(text);
        Assert.Equal(max, slots.GetValueOrDefault(SlotKeys.PriceMax));
        Assert.Equal(min, slots.GetValueOrDefault(SlotKeys.PriceMin));
    }

    [Fact]
    public void ProductOptionsComeFromTheCatalogueInItsSpelling()
    {
        var slots = Extractor.Extract("a t-shirt in xl, red, polyester, v-neck please");
        Assert.Equal("XL", slots["option:size"]);
        Assert.Equal("red", slots["option:color"]);
        Assert.Equal("polyester", slots["option:material"]);
        Assert.Equal("v-neck", slots["option:style"]);
    }

    [Fact]
    public void LongerOptionValuesWinOverTheWordsInsideThem() =>
        Assert.Equal("rose gold", Extractor.Extract("the rose gold watch")["option:color"]);

    [Fact]
    public void OrdinaryWordsCountAsOptionsOnlyNextToTheOptionName()
    {
        Assert.False(Extractor.Extract("a small problem with my order").ContainsKey("option:size"));
        Assert.Equal("10", Extractor.Extract("hiking boots size 10")["option:size"]);
        Assert.Equal("small", Extractor.Extract("an air purifier, room size small")["option:room size"]);
    }

    [Fact]
    public void AValueNextToAMoreSpecificOptionNameGoesToThatOption()
    {
        var slots = Extractor.Extract("sunglasses with blue lens color");
        Assert.Equal("blue", slots["option:lens color"]);
        Assert.False(slots.ContainsKey("option:color"));
    }
}
