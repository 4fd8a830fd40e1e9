namespace EcomBot.Bot.Tests.Support.CustomerService;

// Ivan Santos (ivan.santos3158@example.com) paid delivered #W6893533 ($327.57: Garden Hose, Wireless Earbuds) with PayPal.
public sealed class InvoiceFlowTests
{
    private readonly CustomerServiceHarness _bot = new(new()
    {
        ["invoice for #W6893533"] = ("get_invoice", 0.95),
        ["invoice for #W3220387"] = ("get_invoice", 0.95),
    });

    [Fact]
    public async Task AnOrderNamedInTheRequestGetsItsReceiptOnceTheCustomerIsIdentified()
    {
        await _bot.Say("invoice for #W6893533");

        var receipt = await _bot.Say("ivan.santos3158@example.com");

        Assert.Contains("Receipt for order #W6893533 (delivered)", receipt, StringComparison.Ordinal);
        Assert.Contains("Garden Hose", receipt, StringComparison.Ordinal);
        Assert.Contains("- paid $327.57 with PayPal", receipt, StringComparison.Ordinal);
        Assert.Null(_bot.Conversation.ActiveFlow);
    }

    [Fact]
    public async Task AnotherCustomersOrderGetsNoReceipt()
    {
        _bot.Conversation.CustomerId = "ivan_santos_6635";

        var answer = await _bot.Say("invoice for #W3220387");

        Assert.Contains("there is no order #W3220387 on your account", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Receipt", answer, StringComparison.Ordinal);
    }
}
