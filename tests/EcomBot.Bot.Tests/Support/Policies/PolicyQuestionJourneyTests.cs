using EcomBot.TestSupport;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Bot.Tests.Routing;

namespace EcomBot.Bot.Tests.Support.Policies;

/// <summary>Policy questions through the real router, the learned classifier and PolicySearch over the shipped articles.</summary>
[Collection(TrainedRouterCollection.Name)]
public sealed class PolicyQuestionJourneyTests(TrainedRouterFixture trained) : IDisposable
{
    private readonly PolicyAnswers _answers = new(trained);

    /// <summary>Stands in for the order action flows: it would ask the customer to identify first.</summary>
    private readonly ScriptedFlow _orders = new("orders",
        Intents.CancelOrder, Intents.ChangeOrder, Intents.GetRefund, Intents.TrackOrder, Intents.ChangeShippingAddress, Intents.Complaint)
    {
        StaysActive = true,
    };

    [Theory]
    [InlineData("How long does a refund to my credit card take after I cancel?", "5 to 7 business days", "/help/cancellations#")]
    [InlineData("Can I exchange my shirt for shoes?", "cannot exchange one kind of product for another", "/help/exchanges#")]
    [InlineData("What do I need to tell you to return something?", "the order id", "/help/returns#what-to-tell-us-to-return-something")]
    public async Task TheCustomerQuestionIsAnsweredWithTheRuleAndACitation(string question, string rule, string citedPage)
    {
        var reply = await AskAsync(question);

        Assert.Contains(rule, reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(reply.Text.Length, 1, 600);
        var citation = Assert.Single(reply.Citations);
        Assert.StartsWith(citedPage, citation.Url, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(citation.Title));
        Assert.Empty(_orders.Turns);
    }

    [Fact]
    public async Task AQuestionAboutCancellingADeliveredOrderGetsTheRuleFirstThenTheOfferToAct()
    {
        var conversation = new ConversationData();

        var replies = await _answers.Router(_orders).RouteAsync(Message("can I cancel an order that was already delivered?"), conversation, CancellationToken.None);

        var answer = replies[0];
        Assert.Contains("cancel", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("email", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(answer.Citations);
        Assert.Contains(answer.SuggestedActions, a => a is "Start a return" or "Cancel an order");
        Assert.Null(conversation.CustomerId);
        Assert.Empty(_orders.Turns);
    }

    [Fact]
    public async Task ARequestToActStillGoesToTheActionFlow()
    {
        await AskAsync("I want to cancel order #W2378156");

        Assert.Equal(["start:I want to cancel order #W2378156"], _orders.Turns);
    }

    [Fact]
    public async Task AQuestionTheArticlesCannotAnswerSaysSoAndOffersAPerson()
    {
        const string question = "Who won the football world cup in 1986?";
        var flow = TestApps.Shared.Flow<PolicyQuestionFlow>();
        var conversation = new ConversationData();
        var turn = TestApps.Shared.Turn(flow, Message(question), FakeIntentClassifier.Predict(Intents.PolicyQuestion, 0.9), conversation);

        await flow.StartAsync(turn, CancellationToken.None);

        var reply = Assert.Single(turn.Replies);
        Assert.Contains("couldn't find a reliable answer", reply.Text, StringComparison.Ordinal);
        Assert.Contains(PolicyQuestionFlow.TalkToAPerson, reply.SuggestedActions);
        Assert.Empty(reply.Citations);
        Assert.NotNull(conversation.PersonOffered);
    }

    public void Dispose() => _answers.Dispose();

    private async Task<BotReply> AskAsync(string question)
    {
        var replies = await _answers.Router(_orders).RouteAsync(Message(question), new ConversationData(), CancellationToken.None);
        return replies[0];
    }

    private static CustomerMessage Message(string text) => new(text, "test", "user-1", "conversation-1", "en-US", null);
}
