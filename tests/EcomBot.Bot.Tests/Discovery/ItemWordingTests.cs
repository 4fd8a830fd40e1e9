using EcomBot.Bot.Conversation.Discovery;

namespace EcomBot.Bot.Tests.Discovery;

public sealed class ItemWordingTests
{
    [Theory]
    [InlineData("switch type", "linear", "linear switch")]
    [InlineData("backlight", "RGB", "RGB backlight")]
    [InlineData("backlight", "none", "no backlight")]
    [InlineData("size", "full size", "full size")]
    [InlineData("size", "60%", "size 60%")]
    [InlineData("size", "L", "size L")]
    [InlineData("color", "black", "black")]
    [InlineData("lens color", "blue", "blue lens")]
    [InlineData("cover type", "hard cover", "hard cover")]
    [InlineData("battery type", "AA batteries", "AA batteries")]
    [InlineData("waterproof", "yes", "waterproof")]
    [InlineData("RAM", "8GB", "8GB RAM")]
    public void AnOptionReadsAsAPhraseThatSaysWhatItIs(string name, string value, string phrase) =>
        Assert.Equal(phrase, ItemWording.Phrase(name, value));

    [Fact]
    public void ItemsOfOneProductAreTitledByTheOptionsThatTellThemApartAndAProductShownOnceByItsName()
    {
        var titles = ItemWording.Titles(
        [
            ("Mechanical Keyboard", Options(("switch type", "linear"), ("backlight", "RGB"), ("size", "full size"))),
            ("Mechanical Keyboard", Options(("switch type", "clicky"), ("backlight", "RGB"), ("size", "80%"))),
            ("Desk Lamp", Options(("color", "white"))),
        ]);

        Assert.Equal(
            ["Mechanical Keyboard — linear switch, full size", "Mechanical Keyboard — clicky switch, size 80%", "Desk Lamp"],
            titles);
    }

    private static Dictionary<string, string> Options(params (string Name, string Value)[] options) =>
        options.ToDictionary(o => o.Name, o => o.Value);
}
