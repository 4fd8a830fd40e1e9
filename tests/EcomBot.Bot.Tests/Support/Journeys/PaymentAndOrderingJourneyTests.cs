using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.TestSupport;
using EcomBot.Bot.Conversation.Support.Handoff;

namespace EcomBot.Bot.Tests.Support.Journeys;

public sealed class PaymentAndOrderingJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new(SupportJourneyBot.LinkingHelpArticles);

    [Fact]
    public async Task AFailedPaymentIsAnsweredWithTheAcceptedMethodsACitationAndAPerson()
    {
        var replies = await _bot.SayAsync("my payment didn't go through");

        var answer = string.Join("\n", replies.Select(r => r.Text));
        Assert.Contains("a credit card, PayPal or a gift card", answer, StringComparison.Ordinal);
        Assert.Contains("https://shop.example/help/changing-an-order#changing-the-payment-method", answer, StringComparison.Ordinal);
        Assert.Contains("Talk to a person", SupportJourneyBot.Choices(replies));

        await _bot.SayTextAsync("yes");
        Assert.Equal(HandoffReason.PaymentProblem, Assert.Single(_bot.SupportDesk.Handoffs).Reason);
    }

    [Fact]
    public async Task HowToOrderExplainsSearchCartAndCheckOutWithTheFirstSteps()
    {
        var replies = await _bot.SayAsync("how do I place an order?");

        var answer = string.Join("\n", replies.Select(r => r.Text));
        Assert.Contains("**Find it**", answer, StringComparison.Ordinal);
        Assert.Contains("**Add to cart**", answer, StringComparison.Ordinal);
        Assert.Contains("**Check out**", answer, StringComparison.Ordinal);
        Assert.Contains("places no real order", answer, StringComparison.Ordinal);
        Assert.Equal(["Find a product", "view cart"], SupportJourneyBot.Choices(replies));
    }

    public void Dispose() => _bot.Dispose();
}
