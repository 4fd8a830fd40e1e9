using EcomBot.TestSupport;
namespace EcomBot.Bot.Tests.Support.Journeys;

// Answers come from the shipped help articles (knowledge/data/policies); Raj Sanchez (raj.sanchez2046@example.com)
// is a demo store customer with delivered #W7736708.
public sealed class PolicyQuestionJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new(SupportJourneyBot.LinkingHelpArticles);

    [Fact]
    public async Task ARuleQuestionBeforeIdentifyingIsAnsweredWithTheRuleAndItsArticleWithoutAskingWhoTheCustomerIs()
    {
        var replies = await _bot.SayAsync("Can I cancel an order that was already delivered?");

        var answer = replies[0];
        Assert.Contains("Only orders that are still pending can be cancelled", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Sources: [Cancelling an order: Which orders can be cancelled](https://shop.example/help/cancellations#which-orders-can-be-cancelled)",
            answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.SuggestedActions.Actions, a => a.Title == "Cancel an order");
        Assert.DoesNotContain(replies, r => r.Text.Contains("confirm who you are", StringComparison.Ordinal));
        Assert.Null((await _bot.ConversationAsync()).CustomerId);
    }

    [Fact]
    public async Task ARefundTimingQuestionIsAnsweredFromTheCancellationArticle()
    {
        var answer = (await _bot.SayAsync("How long does a refund to my PayPal take after you cancel my order?"))[0].Text;

        Assert.Contains("5 to 7 business days", answer, StringComparison.Ordinal);
        Assert.Contains("](https://shop.example/help/cancellations#your-refund-after-cancelling)", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APolicyQuestionInTheMiddleOfOrderTalkIsAnsweredAndTheOfferToActStartsThatRequest()
    {
        await _bot.SayTextAsync("where is my order #W7736708?");
        await _bot.SayTextAsync("raj.sanchez2046@example.com");

        var answer = (await _bot.SayAsync("Where does the refund go when I return something?"))[0];
        var offer = Assert.Single(answer.SuggestedActions.Actions, a => a.Title == "Start a return");
        var next = await _bot.SayAsync((string)offer.Value);

        Assert.Contains("original payment method", answer.Text, StringComparison.Ordinal);
        Assert.Contains("](https://shop.example/help/returns#where-the-refund-goes)", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("Which order would you like to return items from?", Assert.Single(next).Text, StringComparison.Ordinal);
        Assert.Equal(["#W7736708 (delivered)", "#W1067251 (delivered)"], SupportJourneyBot.Choices(next));
        Assert.Equal("return-items", (await _bot.ConversationAsync()).ActiveFlow);
    }

    public void Dispose() => _bot.Dispose();
}
