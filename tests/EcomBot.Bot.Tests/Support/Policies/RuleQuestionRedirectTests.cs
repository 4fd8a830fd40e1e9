using EcomBot.TestSupport;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Policies;

namespace EcomBot.Bot.Tests.Support.Policies;

public sealed class RuleQuestionRedirectTests
{
    private static readonly Dictionary<string, string> NoSlots = [];

    private readonly RuleQuestionRedirect _redirect = new(ShippedKnowledge.Policies);

    [Fact]
    public async Task ARuleQuestionSpreadOverPolicyIntentsIsAnsweredWithFullConfidence()
    {
        var spread = new IntentPrediction(Intents.PolicyQuestion, 0.4, NoSlots);

        var redirected = await _redirect.RedirectAsync("when will I get my refund for a paypal payment?", spread, CancellationToken.None);

        Assert.Equal(new IntentPrediction(Intents.PolicyQuestion, 1, NoSlots), redirected);
    }

    [Theory]
    [InlineData("can I get an invoice for my order?", "get_invoice")]
    [InlineData("how do I place an order?", "place_order")]
    [InlineData("can I change my default address?", "set_up_shipping_address")]
    public async Task QuestionsWithTheirOwnFlowAreNotRedirected(string question, string intent)
    {
        var prediction = new IntentPrediction(intent, 0.95, NoSlots);

        Assert.Null(await _redirect.RedirectAsync(question, prediction, CancellationToken.None));
    }
}
