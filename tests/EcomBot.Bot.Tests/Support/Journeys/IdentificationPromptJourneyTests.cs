using EcomBot.TestSupport;
namespace EcomBot.Bot.Tests.Support.Journeys;

/// <summary>The request for the customer's details says what they are needed for: "your orders" unless the request
/// was about something else.</summary>
public sealed class IdentificationPromptJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Theory]
    [InlineData("I need to set up a shipping address", "Before I change your default address I need to confirm who you are.")]
    [InlineData("can I get an invoice for my order?", "Before I look up your receipts I need to confirm who you are.")]
    [InlineData("I want to return the electric toothbrush from order #W5544629", "Before we look at your orders I need to confirm who you are.")]
    [InlineData("where is my order #W6893533", "Before we look at your orders I need to confirm who you are.")]
    public async Task TheRequestForDetailsSaysWhatTheyAreNeededFor(string request, string prompt) =>
        Assert.StartsWith(prompt, await _bot.SayTextAsync(request), StringComparison.Ordinal);

    public void Dispose() => _bot.Dispose();
}
