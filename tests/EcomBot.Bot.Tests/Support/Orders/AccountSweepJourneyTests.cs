using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Orders;

// Mia Garcia (mia.garcia2723@example.com): delivered #W5490111 (Water Bottle, Mechanical Keyboard 1421289881, Action Camera,
// Backpack; Visa ending 7285) and delivered #W7387996 (Gaming Mouse 5796612084; PayPal). Amelia Silva
// (amelia.silva7872@example.com): delivered #W4597054 (four items) and #W7773202 (Hiking Boots), pending #W4836353 and
// #W7342738, all paid by gift card. Mei Ahmed (mei.ahmed4901@example.com): delivered #W7553978 (two Skateboards, a Vacuum
// Cleaner, a Smart Watch) and #W3239882 (an E-Reader among others).
public sealed class AccountSweepJourneyTests
{
    private readonly OrderSupportHarness _bot = new();

    [Fact]
    public async Task EverythingForAUseIsReturnedFromEveryOrderThatHoldsSomeOneOrderAfterAnother()
    {
        await _bot.Say(OrderSupportHarness.ReturnForGaming);
        Assert.Contains("these 2 orders", await _bot.Say("mia.garcia2723@example.com"), StringComparison.Ordinal);
        Assert.Contains("Refund of $268.77 to Visa", await _bot.Say("the original payment method"), StringComparison.Ordinal);
        Assert.Contains("#W7387996", await _bot.Say("yes"), StringComparison.Ordinal);
        Assert.Contains("Gaming Mouse", await _bot.Say("the original payment method"), StringComparison.Ordinal);
        await _bot.Say("yes");

        Assert.Equal(["1421289881"], (await _bot.Store.GetOrderAsync("#W5490111")).ReturnItems);
        Assert.Equal(["5796612084"], (await _bot.Store.GetOrderAsync("#W7387996")).ReturnItems);
    }

    [Fact]
    public async Task EverythingNotForAUseLeavesOutTheOrderThatHoldsOnlyThatUse()
    {
        await _bot.Say(OrderSupportHarness.ReturnAllButGaming);
        var first = await _bot.Say("mia.garcia2723@example.com");
        Assert.Contains("#W5490111", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Gaming Mouse", first, StringComparison.Ordinal);
        await _bot.Say("my credit card");
        await _bot.Say("yes");

        Assert.Equal(["4579334072", "4947717507", "6117189161"], (await _bot.Store.GetOrderAsync("#W5490111")).ReturnItems!.Order());
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W7387996")).Status);
    }

    [Fact]
    public async Task CancelOrReturnEverythingExceptAnItemReturnsTheDeliveredOrdersThenCancelsThePendingOnes()
    {
        await _bot.Say(OrderSupportHarness.CancelOrReturnAllButBoots);
        Assert.Contains("#W4597054", await _bot.Say("amelia.silva7872@example.com"), StringComparison.Ordinal);
        await _bot.Say("the original payment method");
        Assert.Contains("these 2 orders", await _bot.Say("yes"), StringComparison.Ordinal);
        await _bot.Say("I no longer need it");
        await _bot.Say("yes");
        await _bot.Say("I no longer need it");
        await _bot.Say("yes");

        Assert.Equal(OrderStatus.ReturnRequested, (await _bot.Store.GetOrderAsync("#W4597054")).Status);
        Assert.Equal(OrderStatus.Delivered, (await _bot.Store.GetOrderAsync("#W7773202")).Status);
        Assert.Equal(OrderStatus.Cancelled, (await _bot.Store.GetOrderAsync("#W4836353")).Status);
        Assert.Equal(OrderStatus.Cancelled, (await _bot.Store.GetOrderAsync("#W7342738")).Status);
    }

    [Fact]
    public async Task ProductsNamedFromTwoOrdersAreReturnedFromEach()
    {
        await _bot.Say(OrderSupportHarness.ReturnFromTwoOrders);
        Assert.Contains("these 2 orders", await _bot.Say("mei.ahmed4901@example.com"), StringComparison.Ordinal);
        await _bot.Say("my credit card");
        Assert.Contains("E-Reader", await _bot.Say("yes"), StringComparison.Ordinal);
        await _bot.Say("my credit card");
        await _bot.Say("yes");

        Assert.Equal(["1631806422", "3098764622", "4545791457"], (await _bot.Store.GetOrderAsync("#W7553978")).ReturnItems!.Order());
        Assert.Equal(["9494281769"], (await _bot.Store.GetOrderAsync("#W3239882")).ReturnItems);
    }

    [Fact]
    public async Task NotTheOrderIMeanAtTheConfirmationAsksWhichOrderInsteadOfProposingItAgain()
    {
        await _bot.Say("I want to return something from #W7387996");
        await _bot.Say("mia.garcia2723@example.com");
        await _bot.Say("the gaming mouse");
        Assert.Contains("Please confirm", await _bot.Say("PayPal"), StringComparison.Ordinal);
        var asked = await _bot.Say("No, that's not the order I mean.");

        Assert.Contains("Which order", asked, StringComparison.Ordinal);
        Assert.Contains("#W5490111", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("Please confirm", asked, StringComparison.Ordinal);
        Assert.Contains("Which items from order #W5490111", await _bot.Say("#W5490111"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotTheItemsIMeanAtTheConfirmationAsksWhichItemsOfThatOrder()
    {
        await _bot.Say("I want to return something from #W5490111");
        await _bot.Say("mia.garcia2723@example.com");
        await _bot.Say("the backpack");
        await _bot.Say("my credit card");
        Assert.Contains("Which items from order #W5490111", await _bot.Say("No, those aren't the items I mean."), StringComparison.Ordinal);
        var summary = await _bot.Say("the water bottle");

        Assert.Contains("Please confirm", summary, StringComparison.Ordinal);
        Assert.Contains("Water Bottle", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Backpack", summary, StringComparison.Ordinal);
    }
}
