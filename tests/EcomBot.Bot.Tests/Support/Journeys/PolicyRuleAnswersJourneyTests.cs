using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Support.Journeys;

// The questions of issue 10 (defect 4) as a new customer asks them, through the whole bot and the shipped help articles.
public sealed class PolicyRuleAnswersJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new(SupportJourneyBot.LinkingHelpArticles);

    [Theory]
    [InlineData("what is your return window?")]
    [InlineData("can I return something after 60 days?")]
    public async Task AQuestionAboutHowLongReturnsTakeGetsTheRuleThatThereIsNoTimeLimitFirst(string question)
    {
        var answer = (await _bot.SayAsync(question))[0].Text;

        Assert.StartsWith("There is no time limit on returns.", answer, StringComparison.Ordinal);
        Assert.Contains("](https://shop.example/help/returns#how-long-you-have-to-return)", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReturnPolicyIsTheArticlesRulesSummarisedNotTheStepsOfAReturn()
    {
        var answer = (await _bot.SayAsync("what is your return policy?"))[0].Text;

        Assert.StartsWith("Returning items, in short:", answer, StringComparison.Ordinal);
        Assert.Contains("- You can return items from an order once it has been delivered.", answer, StringComparison.Ordinal);
        Assert.Contains("- There is no time limit on returns.", answer, StringComparison.Ordinal);
        Assert.Contains("original payment method", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("To start a return, tell us", answer, StringComparison.Ordinal);
        Assert.Contains("[Returning items](https://shop.example/help/returns)", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("Sure.")]
    public async Task AYesToTheOfferAfterARuleStartsWhatWasOffered(string yes)
    {
        await _bot.SayAsync("what is your return policy?");

        var replies = await _bot.SayAsync(yes);

        Assert.Contains(replies, r => r.Text.Contains("confirm who you are", StringComparison.Ordinal));
        Assert.Equal("return-items", (await _bot.ConversationAsync()).ActiveFlow);
    }

    [Fact]
    public async Task AYesAfterAnotherTurnDoesNotStartTheOldOffer()
    {
        await _bot.SayAsync("what is your return policy?");
        await _bot.SayAsync("thanks");

        var replies = await _bot.SayAsync("yes");

        Assert.DoesNotContain(replies, r => r.Text.Contains("confirm who you are", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AShippingQuestionTheArticlesDoNotAnswerIsNotAnsweredFromTheTrackingArticleButOffersAPerson()
    {
        var reply = (await _bot.SayAsync("do you ship internationally?"))[0];

        Assert.Contains("couldn't find a reliable answer", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/help/", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.SuggestedActions.Actions, a => a.Title == "Talk to a person");
        Assert.NotNull((await _bot.ConversationAsync()).PersonOffered);
    }

    [Fact]
    public async Task WhereARefundForAReturnCanGoIsAnsweredWithoutLookingUpTheCustomersRefunds()
    {
        var replies = await _bot.SayAsync("Where can the refund for a returned item go?");

        Assert.Contains("original payment method, or to a gift card you already have", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("](https://shop.example/help/returns#where-the-refund-goes)", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => r.Text.Contains("confirm who you are", StringComparison.Ordinal));
        Assert.Null((await _bot.ConversationAsync()).ActiveFlow);
    }

    [Fact]
    public async Task PayingAPendingOrderWithAGiftCardIsAnsweredWithThePaymentRuleNotTheCart()
    {
        var reply = (await _bot.SayAsync("Can I pay for my pending order with a gift card instead of my card?"))[0];

        Assert.DoesNotContain("cart", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("A gift card must have enough balance to cover the order's total.", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.SuggestedActions.Actions, a => a.Title == "Change the payment method");
    }

    [Fact]
    public async Task ChangingTheAddressOfADeliveredOrderIsAnsweredWithTheRuleThatOnlyPendingOrdersCanBeChanged()
    {
        var answer = (await _bot.SayAsync("Can I change the shipping address on an order that was already delivered?"))[0].Text;

        Assert.StartsWith("Only a pending order's shipping address can be changed", answer, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
