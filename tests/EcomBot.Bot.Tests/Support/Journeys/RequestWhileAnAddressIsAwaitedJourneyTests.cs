using EcomBot.TestSupport;
namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customer Isabella Sanchez (isabella.sanchez6218@example.com): pending #W4386313, delivered #W1713682,
// cancelled #W4277243; her address is in Phoenix, AZ.
public sealed class RequestWhileAnAddressIsAwaitedJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    private async Task AskedForTheCityAsync()
    {
        await _bot.SayTextAsync("change the shipping address of #W4386313");
        await _bot.SayTextAsync("isabella.sanchez6218@example.com");
        await _bot.SayTextAsync("12 Main St");
        Assert.StartsWith("I still need the city", await _bot.SayTextAsync("none"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestForAReceiptIsAnsweredAndNotTakenAsTheCity()
    {
        await AskedForTheCityAsync();

        var reply = await _bot.SayTextAsync("show me the receipt for #W1713682");

        Assert.Contains("Receipt for order #W1713682 (delivered)", reply, StringComparison.Ordinal);
        Assert.NotEqual("modify-order-address", (await _bot.ConversationAsync()).ActiveFlow);
        Assert.Equal("Phoenix", (await _bot.Store.GetOrderAsync("#W4386313")).Address.City);
    }

    [Fact]
    public async Task AQuestionWithoutItsQuestionMarkLeavesTheAddressFlowToo()
    {
        await AskedForTheCityAsync();

        var reply = await _bot.SayTextAsync("where is my order #W1713682");

        Assert.Contains("Order #W1713682 is delivered.", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACityStillAnswersTheQuestion()
    {
        await AskedForTheCityAsync();

        var reply = await _bot.SayTextAsync("Austin");

        Assert.StartsWith("I still need the state, country and zip code", reply, StringComparison.Ordinal);
        Assert.Equal("modify-order-address", (await _bot.ConversationAsync()).ActiveFlow);
    }

    public void Dispose() => _bot.Dispose();
}
