using EcomBot.Bot.Conversation.Focus;

namespace EcomBot.Bot.Tests.Conversation.Focus;

public sealed class ReferencesTests
{
    [Theory]
    [InlineData("I want to cancel it")]
    [InlineData("tracking for that order please")]
    [InlineData("return this one")]
    [InlineData("cancel my order")]
    [InlineData("Then please cancel the entire order.")]
    [InlineData("cancel the same order")]
    [InlineData("cancel my whole order")]
    public void AMessageThatPointsBackMeansTheOrderInFocus(string text) => Assert.True(References.PointsAtTheOrder(text));

    [Theory]
    [InlineData("where is my other order?")]
    [InlineData("show me all my orders")]
    [InlineData("I'd like to check an order")]
    [InlineData("is it possible to cancel after shipping?")]
    [InlineData("how do I cancel?")]
    [InlineData("Lastly, I want to change the grill I just ordered to the same type as the one I already received.")]
    public void AMessageAboutAnotherOrOrdersInGeneralDoesNot(string text) => Assert.False(References.PointsAtTheOrder(text) && !References.PointsElsewhere(text));

    [Theory]
    [InlineData("what's the tracking number?")]
    [InlineData("when will it arrive?")]
    [InlineData("is my package delivered yet?")]
    [InlineData("where is it?")]
    public void AQuestionAboutWhereTheOrderIsIsAboutTheOrderInFocus(string text) => Assert.True(References.AsksAboutTheOrder(text));

    [Theory]
    [InlineData("how does tracking work?")]
    [InlineData("where is my other order?")]
    [InlineData("can I track an order without an account?")]
    [InlineData("change its shipping address")]
    [InlineData("is it possible to track orders?")]
    public void AGeneralQuestionOrOneAboutAnotherOrderIsNot(string text) => Assert.False(References.AsksAboutTheOrder(text));

    [Theory]
    [InlineData("when is my vacuum cleaner arriving?", true)]
    [InlineData("when will my smart watch arrive", true)]
    [InlineData("when will my refund arrive?", false)]
    [InlineData("how do I track my order?", false)]
    [InlineData("when does a delivery usually arrive?", false)]
    public void AskingWhenSomethingOfTheirsArrivesIsAboutAnOrder(string text, bool expected) =>
        Assert.Equal(expected, References.AsksAboutSomethingOfTheirs(text));
}
