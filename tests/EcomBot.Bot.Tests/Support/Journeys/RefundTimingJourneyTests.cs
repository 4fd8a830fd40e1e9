using EcomBot.TestSupport;
namespace EcomBot.Bot.Tests.Support.Journeys;

public sealed class RefundTimingJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new(SupportJourneyBot.LinkingHelpArticles);

    [Theory]
    [InlineData("when will I get my refund for a paypal payment?")]
    [InlineData("how long until my refund arrives?")]
    [InlineData("tell me when my paypal refund will arrive")]
    public async Task ARefundTimingQuestionIsAnsweredWithEveryPaymentMethodsTimeAndCited(string question)
    {
        var answer = await _bot.SayTextAsync(question);

        Assert.Contains("PayPal: 5 to 7 business days", answer, StringComparison.Ordinal);
        Assert.Contains("Credit card: 5 to 7 business days", answer, StringComparison.Ordinal);
        Assert.Contains("Gift card: refunded immediately", answer, StringComparison.Ordinal);
        Assert.Contains("https://shop.example/help/refunds#how-long-a-refund-takes", answer, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
