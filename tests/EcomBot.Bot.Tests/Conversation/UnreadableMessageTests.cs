using EcomBot.Bot.Conversation.Routing.Reading;

namespace EcomBot.Bot.Tests.Conversation;

public sealed class UnreadableMessageTests
{
    [Theory]
    [InlineData("我想退货", "zh")]
    [InlineData("注文をキャンセルしたい", "ja")]
    [InlineData("주문을 취소하고 싶어요", "ko")]
    [InlineData("где мой заказ?", "ru")]
    [InlineData("quiero devolver mi pedido", "es")]
    [InlineData("je veux annuler ma commande", "fr")]
    [InlineData("ich möchte meine Bestellung stornieren", "de")]
    [InlineData("gracias", "es")]
    public void TextInAnotherLanguageIsToldWithItsLanguage(string text, string language)
    {
        var unreadable = UnreadableMessage.Read(text);

        Assert.Equal(new Unreadable(UnreadableKind.NotEnglish, language), unreadable);
    }

    [Theory]
    [InlineData("👍")]
    [InlineData("😡😡 !!")]
    [InlineData("✅")]
    public void EmojiAndSymbolsAloneHaveNoWords(string text) =>
        Assert.Equal(UnreadableKind.NoWords, UnreadableMessage.Read(text)?.Kind);

    [Theory]
    [InlineData("where is my order?")]
    [InlineData("José García 94107")]
    [InlineData("François Müller")]
    [InlineData("zoë.lópez@example.com")]
    [InlineData("#W5544629")]
    [InlineData("2")]
    [InlineData("?")]
    [InlineData("the Café Espresso Machine please")]
    [InlineData("😡😡 my order is late!!!")]
    [InlineData("ok")]
    public void EnglishNamesDetailsAndPunctuationAreReadable(string text) => Assert.Null(UnreadableMessage.Read(text));
}
