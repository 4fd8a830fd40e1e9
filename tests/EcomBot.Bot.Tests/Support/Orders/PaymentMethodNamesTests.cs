using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Orders;

namespace EcomBot.Bot.Tests.Support.Orders;

public sealed class PaymentMethodNamesTests
{
    private static readonly PaymentMethod Visa = new("credit_card", "credit_card_7326294", Brand: "visa", LastFour: "9858");
    private static readonly PaymentMethod Mastercard = new("credit_card", "credit_card_1034663", Brand: "mastercard", LastFour: "2378");
    private static readonly PaymentMethod PayPal = new("paypal", "paypal_5297429");
    private static readonly PaymentMethod GiftCard = new(PaymentMethod.GiftCardSource, "gift_card_9178183", Balance: 66m);
    private static readonly PaymentMethod[] Saved = [Visa, Mastercard, PayPal, GiftCard];

    [Fact]
    public void MethodsAreNamedAsCustomersKnowThemNeverByTheirIds()
    {
        Assert.Equal("Visa credit card ending 9858", PaymentMethodNames.Name(Visa));
        Assert.Equal("PayPal", PaymentMethodNames.Name(PayPal));
        Assert.Equal("gift card (balance $66.00)", PaymentMethodNames.Name(GiftCard));
    }

    [Theory]
    [InlineData("I'd prefer my other card as the payment or refund method.", "credit_card_7326294", "credit_card_1034663")]
    [InlineData("use a different card", "credit_card_1034663", "credit_card_7326294")]
    [InlineData("The other credit card, please.", "credit_card_1034663", "credit_card_7326294")]
    public void MyOtherCardIsTheCardThatIsNotTheOneInQuestion(string answer, string besides, string expected) =>
        Assert.Equal(expected, PaymentMethodNames.Other(Saved, answer, besides)?.Id);

    [Theory]
    [InlineData("my card", "credit_card_7326294")]
    [InlineData("my other card", null)]
    public void OtherCardFindsNothingWhenTheAnswerSaysNoOtherOrSeveralCardsFit(string answer, string? besides) =>
        Assert.Null(PaymentMethodNames.Other(Saved, answer, besides));

    [Theory]
    [InlineData("Visa credit card ending 9858", "credit_card_7326294")]
    [InlineData("the card ending 2378", "credit_card_1034663")]
    [InlineData("my mastercard", "credit_card_1034663")]
    [InlineData("pay pal please", "paypal_5297429")]
    [InlineData("the gift card", "gift_card_9178183")]
    [InlineData("gift_card_9178183", "gift_card_9178183")]
    public void AnAnswerNamingOneMethodFindsIt(string answer, string id) =>
        Assert.Equal(id, PaymentMethodNames.Find(Saved, answer)?.Id);

    [Theory]
    [InlineData("my credit card")]
    [InlineData("bitcoin")]
    public void AnAnswerThatFitsSeveralMethodsOrNoneFindsNothing(string answer) =>
        Assert.Null(PaymentMethodNames.Find(Saved, answer));

    [Fact]
    public void AMethodNoLongerOnTheProfileIsStillNotShownById()
    {
        var profile = new User("u", new UserName("A", "B"), new Address("", "", "", "", "", ""), "a@b.c", new Dictionary<string, PaymentMethod>(), []);
        Assert.DoesNotContain("credit_card", PaymentMethodNames.Name(profile, "credit_card_1"), StringComparison.Ordinal);
    }
}
