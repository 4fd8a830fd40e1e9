using EcomBot.TestSupport;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Policies;

namespace EcomBot.Bot.Tests.Support.Policies;

public sealed class RuleQuestionRedirectTests
{
    private static readonly Dictionary<string, string> NoSlots = [];

    private readonly RuleQuestionRedirect _redirect = new(TestApps.Shared.Get<Bot.Conversation.FlowCatalog>());

    [Fact]
    public async Task ARuleQuestionSpreadOverPolicyIntentsIsAnsweredWithFullConfidence()
    {
        var spread = new IntentPrediction(Intents.PolicyQuestion, 0.4, NoSlots);

        var redirected = await RedirectAsync("when will I get my refund for a paypal payment?", spread);

        Assert.Equal(new IntentPrediction(Intents.PolicyQuestion, 1, NoSlots), redirected);
    }

    [Theory]
    [InlineData("can I get an invoice for my order?", "get_invoice")]
    [InlineData("how do I place an order?", "place_order")]
    [InlineData("can I change my default address?", "set_up_shipping_address")]
    public async Task QuestionsWithTheirOwnFlowAreNotRedirected(string question, string intent)
    {
        var prediction = new IntentPrediction(intent, 0.95, NoSlots);

        Assert.Null(await RedirectAsync(question, prediction));
    }

    private Task<IntentPrediction?> RedirectAsync(string text, IntentPrediction prediction)
    {
        var message = new Bot.Conversation.CustomerMessage(text, "webchat", "u1", "c1");
        var functions = TestApps.Shared.Get<Bot.Conversation.TurnSessions>().FunctionsFor(message, new Bot.Conversation.ConversationData());
        return _redirect.ReconsiderAsync(message, prediction, new ConversationData(), functions, CancellationToken.None);
    }
}
