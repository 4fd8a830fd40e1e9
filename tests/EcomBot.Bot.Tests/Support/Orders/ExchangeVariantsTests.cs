using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Orders;

namespace EcomBot.Bot.Tests.Support.Orders;

public sealed class ExchangeVariantsTests
{
    private static readonly Product Thermostat = new("Smart Thermostat", "thermostat", new Dictionary<string, Variant>
    {
        ["1"] = Variant("1", ("compatibility", "Apple HomeKit"), ("color", "black")),
        ["2"] = Variant("2", ("compatibility", "Google Assistant"), ("color", "black")),
        ["3"] = Variant("3", ("compatibility", "Amazon Alexa"), ("color", "black")),
        ["4"] = Variant("4", ("compatibility", "Apple HomeKit"), ("color", "white")),
        ["5"] = Variant("5", ("compatibility", "Apple HomeKit"), ("color", "stainless steel")),
    });

    private static readonly Product Keyboard = new("Mechanical Keyboard", "keyboard", new Dictionary<string, Variant>
    {
        ["10"] = Variant("10", ("switch type", "linear"), ("backlight", "RGB")),
        ["11"] = Variant("11", ("switch type", "clicky"), ("backlight", "none")),
        ["12"] = Variant("12", ("switch type", "clicky"), ("backlight", "white")),
    });

    private static readonly OrderItem HomeKitThermostat = new("Smart Thermostat", "thermostat", "1", 262m, Thermostat.Variants["1"].Options);

    [Fact]
    public void AWordOnlyOneValueHasNamesItAndTheCurrentValueGivesWay()
    {
        var choice = ExchangeVariants.Choose(Thermostat, HomeKitThermostat, "One compatible with Google Home instead of Apple HomeKit.", []);

        Assert.Equal("2", choice.Chosen?.ItemId);
    }

    private static readonly Product Helmet = new("Cycling Helmet", "helmet", new Dictionary<string, Variant>
    {
        ["20"] = Variant("20", ("size", "S"), ("color", "red"), ("ventilation", "low")),
        ["21"] = Variant("21", ("size", "M"), ("color", "red"), ("ventilation", "high")),
        ["22"] = Variant("22", ("size", "M"), ("color", "red"), ("ventilation", "medium")),
        ["23"] = Variant("23", ("size", "L"), ("color", "black"), ("ventilation", "high")),
    });

    [Theory]
    [InlineData("Medium size, red, high ventilation.")]
    [InlineData("size M, red, with ventilation: high")]
    public void AValueSaidWithItsOptionsNameIsThatOptionsValueNotAnotherWordOfTheSameOption(string answer)
    {
        var item = new OrderItem("Cycling Helmet", "helmet", "20", 197m, Helmet.Variants["20"].Options);

        Assert.Equal("21", ExchangeVariants.Choose(Helmet, item, answer, []).Chosen?.ItemId);
    }

    [Fact]
    public void NoBacklightIsTheValueNone()
    {
        var item = new OrderItem("Mechanical Keyboard", "keyboard", "10", 272m, Keyboard.Variants["10"].Options);

        var choice = ExchangeVariants.Choose(Keyboard, item, "Clicky switches, no backlight", []);

        Assert.Equal("11", choice.Chosen?.ItemId);
    }

    [Fact]
    public void AnOptionSeveralVariantsShareGivesThemAsCandidatesAndAPlacePicksAmongThem()
    {
        var narrowed = ExchangeVariants.Choose(Thermostat, HomeKitThermostat, "apple homekit please", []);
        var picked = ExchangeVariants.Choose(Thermostat, HomeKitThermostat, "the second one", [.. narrowed.Candidates.Select(v => v.ItemId)]);

        Assert.Null(narrowed.Chosen);
        Assert.Equal(["4", "5"], narrowed.Candidates.Select(v => v.ItemId));
        Assert.Equal("5", picked.Chosen?.ItemId);
    }

    [Fact]
    public void OptionsNoAvailableVariantHasTogetherGiveTheClosestWithWhatEachLacks()
    {
        var choice = ExchangeVariants.Choose(Thermostat, HomeKitThermostat, "Amazon Alexa in white", []);

        Assert.Null(choice.Chosen);
        Assert.True(choice.IsClosest);
        Assert.Equal(["3", "4"], choice.Candidates.Select(v => v.ItemId).Order());
        Assert.Equal(["white"], choice.Missed["3"]);
        Assert.Equal(["Amazon Alexa"], choice.Missed["4"]);
    }

    private static Variant Variant(string id, params (string Key, string Value)[] options) =>
        new(id, options.ToDictionary(o => o.Key, o => o.Value), Available: true, Price: 250m);
}
