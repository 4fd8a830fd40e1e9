using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Orders;

// Sophia Thomas (sophia.thomas1364@example.com) has pending #W4862767 ($2,492.53, paid by PayPal) and delivered #W1867876;
// her other saved methods are a Visa ending 9858, a Mastercard ending 2378 and a gift card with $66.00.
// Omar Kim (omar.kim8981@example.com) has pending #W1080318 ($53.43) and a gift card with $91.00.
public sealed partial class PaymentChangeJourneyTests
{
    private readonly OrderSupportHarness _bot = new();

    private async Task<string> AskToPayWithTheVisa()
    {
        await _bot.Say("I want to pay for an order differently");
        Assert.Contains("Which order's payment method", await _bot.Say("sophia.thomas1364@example.com"), StringComparison.Ordinal);
        Assert.Equal(["#W4862767 (pending)"], _bot.Suggestions);
        var question = await _bot.Say("#W4862767 (pending)");
        Assert.Contains("Order #W4862767 ($2,492.53) is paid with PayPal", question, StringComparison.Ordinal);
        Assert.Equal(["Visa credit card ending 9858", "gift card (balance $66.00)", "Mastercard credit card ending 2378"], _bot.Suggestions);
        return await _bot.Say("Visa credit card ending 9858");
    }

    [Fact]
    public async Task TheNewMethodIsListedByNameAndTheOrderIsPaidWithItAfterAnExplicitYes()
    {
        var summary = await AskToPayWithTheVisa();
        Assert.Contains("will be paid with Visa credit card ending 9858 instead of PayPal", summary, StringComparison.Ordinal);
        Assert.Contains("$2,492.53 goes back to PayPal within 5 to 7 business days", summary, StringComparison.Ordinal);

        Assert.Contains("Done: order #W4862767 is now paid with Visa credit card ending 9858", await _bot.Say("yes"), StringComparison.Ordinal);
        var order = await _bot.Store.GetOrderAsync("#W4862767");
        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Equal(new PaymentTransaction(PaymentTransaction.Payment, 2492.53m, "credit_card_7326294"), order.PaymentHistory[1]);
        Assert.Equal(new PaymentTransaction(PaymentTransaction.Refund, 2492.53m, "paypal_5297429"), order.PaymentHistory[2]);
    }

    [Fact]
    public async Task ANoAtTheConfirmationLeavesThePaymentUntouched()
    {
        await AskToPayWithTheVisa();
        Assert.Contains("nothing has changed", await _bot.Say("no"), StringComparison.Ordinal);
        Assert.Single((await _bot.Store.GetOrderAsync("#W4862767")).PaymentHistory);
    }

    [Fact]
    public async Task TheSameMethodAndAGiftCardThatCannotCoverTheTotalAreRefusedWithTheStoresReason()
    {
        await _bot.Say("pay for order #W4862767 differently");
        await _bot.Say("sophia.thomas1364@example.com");

        var same = await _bot.Say("paypal");
        Assert.Contains("The new payment method should be different from the current one: order #W4862767 is already paid with PayPal", same, StringComparison.Ordinal);
        Assert.Contains("Which of your saved payment methods", same, StringComparison.Ordinal);

        var giftCard = await _bot.Say("the gift card");
        Assert.Contains("Insufficient gift card balance to pay for the order: a gift card must cover the order's total of $2,492.53", giftCard, StringComparison.Ordinal);

        Assert.Contains("Please confirm", await _bot.Say("the card ending 2378"), StringComparison.Ordinal);
        Assert.Single((await _bot.Store.GetOrderAsync("#W4862767")).PaymentHistory);
    }

    [Fact]
    public async Task AGiftCardThatCoversTheTotalPaysAndItsBalanceDrops()
    {
        await _bot.Say("pay for order #W1080318 differently");
        await _bot.Say("omar.kim8981@example.com");
        Assert.Contains("will be paid with gift card (balance $91.00)", await _bot.Say("gift card"), StringComparison.Ordinal);
        Assert.Contains("now paid with gift card (balance $37.57)", await _bot.Say("yes"), StringComparison.Ordinal);
        Assert.Equal(37.57m, (await _bot.Store.GetUserAsync("omar_kim_3528")).PaymentMethods["gift_card_3749819"].Balance);
    }

    [Fact]
    public async Task ADeliveredOrdersPaymentIsNotChanged()
    {
        await _bot.Say("pay for order #W1867876 differently");
        var reply = await _bot.Say("sophia.thomas1364@example.com");
        Assert.Contains("Only a pending order's payment method can be changed; order #W1867876 is delivered", reply, StringComparison.Ordinal);
        Assert.Null(_bot.Conversation.ActiveFlow);
    }

    [Fact]
    public async Task AnotherCustomersOrderIsRefusedAsNotFoundWithoutShowingItsPayment()
    {
        await _bot.Say("pay for order #W4862767 differently");
        var reply = await _bot.Say("ivan.santos3158@example.com");
        Assert.Contains("Order not found: there is no order #W4862767 on your account", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.EverythingShown, s => s.Contains("2,492.53", StringComparison.Ordinal) || s.Contains("Visa", StringComparison.Ordinal));
        Assert.Single((await _bot.Store.GetOrderAsync("#W4862767")).PaymentHistory);
    }

    [Fact]
    public async Task NoReplyEverShowsARawPaymentMethodId()
    {
        await AskToPayWithTheVisa();
        await _bot.Say("yes");
        await _bot.Say("pay for order #W4862767 differently");
        await _bot.Say("gift card");
        Assert.NotEmpty(_bot.AllReplies);
        Assert.DoesNotContain(_bot.EverythingShown, s => RawPaymentId().IsMatch(s));
    }

    [GeneratedRegex(@"(credit_card|gift_card|paypal)_\d+")]
    internal static partial Regex RawPaymentId();
}
