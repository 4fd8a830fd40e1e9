using EcomBot.TestSupport;
namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customer Amelia Silva (amelia.silva2111@example.com): cancelled #W3220387 (Makeup Kit $272.20, Smart Watch
// $336.71), paid $608.91 with PayPal and refunded the same.
public sealed class InvoiceJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Fact]
    public async Task AnInvoiceRequestShowsTheChosenOrdersReceiptWithPaymentsAndRefunds()
    {
        Assert.Contains("confirm who you are", await _bot.SayTextAsync("can I get an invoice for my order?"), StringComparison.Ordinal);
        var choices = SupportJourneyBot.Choices(await _bot.SayAsync("amelia.silva2111@example.com"));
        Assert.Contains("#W3220387 (cancelled)", choices);

        var receipt = await _bot.SayTextAsync("#W3220387");

        Assert.Contains("Receipt for order #W3220387 (cancelled)", receipt, StringComparison.Ordinal);
        Assert.Contains("- Makeup Kit (skin tone: dark, kit size: basic, brand: Brand A) $272.20", receipt, StringComparison.Ordinal);
        Assert.Contains("Items total: $608.91", receipt, StringComparison.Ordinal);
        Assert.Contains("- paid $608.91 with PayPal", receipt, StringComparison.Ordinal);
        Assert.Contains("- refunded $608.91 to PayPal", receipt, StringComparison.Ordinal);
        Assert.Contains("Paid in total, after refunds: $0.00", receipt, StringComparison.Ordinal);
        Assert.Contains("there's no PDF", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("paypal_", receipt, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
