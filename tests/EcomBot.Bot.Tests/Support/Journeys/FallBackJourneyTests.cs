using EcomBot.TestSupport;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customers (shipped db.json): Olivia Lopez, zip 76171, has delivered #W2692684 (one Tablet, tracking
// 746342064230), pending #W9373487 (one Portable Charger), pending #W5481803 (Electric Kettle, Hiking Boots) and
// delivered #W7449508 (Espresso Machine, Sneakers). Emma Smith, zip 10192, has pending #W2417020 (one Laptop).
// The whole bot with its trained router: what cannot be done is said plainly, and the customer's fall-back is carried out.
public sealed class FallBackJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Fact]
    public async Task CancellingItInsteadAfterAReturnWasRefusedForAPendingOrderCancelsThatOrder()
    {
        await _bot.SayTextAsync("I want to return the laptop I just received.");
        var refused = await _bot.SayTextAsync("I'm Emma Smith, zip code 10192.");

        var reason = await _bot.SayTextAsync("Then can you cancel it instead?");
        var summary = await _bot.SayTextAsync("I found a better deal elsewhere, so I no longer need it.");
        var done = await _bot.SayTextAsync("yes");

        Assert.Contains("Only delivered orders can be returned; order #W2417020 is pending. A pending order can be cancelled instead.", refused, StringComparison.Ordinal);
        Assert.Contains("cancel order #W2417020", reason, StringComparison.Ordinal);
        Assert.Contains("#W2417020", summary, StringComparison.Ordinal);
        Assert.Contains("cancelled", done, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Cancelled, (await _bot.Store.GetOrderAsync("#W2417020")).Status);
    }

    [Theory]
    [InlineData("Please also cancel the charger I just bought, it goes with the tablet.")]
    [InlineData("Then cancel the portable charger too, it was for that tablet.")]
    public async Task AnItemOfAnotherOrderNamedRightAfterAnOrderWasShownIsLookedForInTheOrderThatHoldsIt(string request)
    {
        await _bot.SayTextAsync("The tablet I just received was damaged. What's the tracking number of that order?");
        Assert.Contains("746342064230", await _bot.SayTextAsync("I'm Olivia Lopez, zip code 76171."), StringComparison.Ordinal);

        var reason = await _bot.SayTextAsync(request);

        Assert.Contains("#W9373487", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Only pending orders can be cancelled", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingForTheSameTabletAgainIsRefusedPlainlyAndTheReturnAskedForNextIsTaken()
    {
        await _bot.SayTextAsync("The tablet I just received was damaged. What's the tracking number of that order?");
        await _bot.SayTextAsync("I'm Olivia Lopez, zip code 76171.");
        await _bot.SayTextAsync("Can you exchange the tablet for the same one?");

        var refused = await _bot.SayTextAsync("The same one.");
        var refund = await _bot.SayTextAsync("Then please return the tablet.");

        Assert.Contains("I can't exchange your Tablet (10-inch, 128GB, black) for the very same one", refused, StringComparison.Ordinal);
        Assert.Contains("return it for a refund instead", refused, StringComparison.Ordinal);
        Assert.Contains("Returning: Tablet", refund, StringComparison.Ordinal);
        Assert.Contains("Where should the refund go?", refund, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
