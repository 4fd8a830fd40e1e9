using EcomBot.Knowledge.Search;

namespace EcomBot.Knowledge.Tests.Search;

public sealed class AskedActionTests
{
    [Theory]
    [InlineData("Can I return an order that was cancelled?", "retur")]
    [InlineData("I changed the items on my order, can I still cancel it?", "cance")]
    [InlineData("My order shipped already, is it too late to cancel?", "cance")]
    [InlineData("Can I get my return refunded to a new PayPal account?", "retur")]
    [InlineData("How do I exchange a jacket?", "excha")]
    public void TheActionIsTheWordTheQuestionAsksWhetherOrHowToDo(string question, string action)
    {
        Assert.Equal(action, AskedAction.Of(question));
    }

    [Theory]
    [InlineData("what is your return policy?")]
    [InlineData("When will my refund arrive?")]
    public void AQuestionThatAsksNeitherWhetherNorHowToDoSomethingHasNoAction(string question)
    {
        Assert.Null(AskedAction.Of(question));
    }

    [Fact]
    public void AnArticleIsAboutTheActionItsIdNames()
    {
        Assert.True(AskedAction.IsAbout("returns", AskedAction.Of("Can I return an order that was cancelled?")));
        Assert.False(AskedAction.IsAbout("cancellations", AskedAction.Of("Can I return an order that was cancelled?")));
        Assert.True(AskedAction.IsAbout("changing-an-order", AskedAction.Of("Can I change the address of a delivered order?")));
        Assert.False(AskedAction.IsAbout("returns", null));
    }
}
