using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.TestSupport;
using EcomBot.Bot.Conversation.Support.Handoff;

namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customers: Isabella Sanchez's #W4277243 was cancelled and refunded $271.89 to PayPal; Noah Patel
// (noah.patel1792@example.com) has two cancelled, refunded orders; Noah Brown's only order #W7678072 was delivered and
// Yara Sanchez (yara.sanchez4385@example.com) has nothing cancelled, returned or refunded.
public sealed class RefundStatusJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new(SupportJourneyBot.LinkingHelpArticles);

    [Fact]
    public async Task ARefundThatHasNotArrivedIsLookedUpAfterIdentifyingAndGivenWithItsMethodAndTiming()
    {
        var prompt = await _bot.SayTextAsync("my refund hasn't arrived yet");
        var replies = await _bot.SayAsync("isabella.sanchez6218@example.com");
        var answer = string.Join("\n", replies.Select(r => r.Text));

        Assert.StartsWith("Before I look up your refunds I need to confirm who you are.", prompt, StringComparison.Ordinal);
        Assert.Contains("Order #W4277243 (cancelled) has this refund in our records:", answer, StringComparison.Ordinal);
        Assert.Contains("- $271.89 refunded to PayPal: a PayPal refund takes 5 to 7 business days to arrive.", answer, StringComparison.Ordinal);
        Assert.Equal([PersonOffer.TalkToAPerson, PersonOffer.NoThanks], SupportJourneyBot.Choices(replies));
        Assert.Null((await _bot.ConversationAsync()).ActiveFlow);
    }

    [Fact]
    public async Task ACustomerWhoFindsTheirRefundOverdueIsHandedToAPersonOnYes()
    {
        await _bot.SayTextAsync("still no money for my return");
        await _bot.SayTextAsync("isabella.sanchez6218@example.com");

        await _bot.SayTextAsync("yes");

        Assert.Equal(HandoffReason.RefundDelayed, Assert.Single(_bot.SupportDesk.Handoffs).Reason);
    }

    [Fact]
    public async Task ARequestedReturnIsSaidToHaveNoRefundYetWithTheAmountAndWhereItGoes()
    {
        await _bot.Store.ReturnDeliveredOrderItemsAsync("#W7678072", ["2193628750"], "paypal_5727330");

        await _bot.SayTextAsync("I returned my gaming mouse two weeks ago and still no money");
        var answer = await _bot.SayTextAsync("noah.brown7922@example.com");

        Assert.Contains("Order #W7678072 is waiting for the return you requested, and no refund has been issued for it yet.", answer, StringComparison.Ordinal);
        Assert.Contains("You asked to return Gaming Mouse", answer, StringComparison.Ordinal);
        Assert.Contains("The refund of $162.15 for them goes to PayPal. Once it is issued, a PayPal refund takes 5 to 7 business days to arrive.",
            answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACustomerWithSeveralRefundedOrdersPicksOneAndHearsItsRefund()
    {
        await _bot.SayTextAsync("where is my refund?");
        var question = await _bot.SayAsync("noah.patel1792@example.com");
        var answer = await _bot.SayTextAsync("#W6111398");

        Assert.Contains(question, r => r.Text.StartsWith("Which order's refund would you like to check?", StringComparison.Ordinal));
        Assert.Equal(["#W7043598 (cancelled)", "#W6111398 (cancelled)"], SupportJourneyBot.Choices(question));
        Assert.Contains("- $818.31 refunded to PayPal", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACustomerWithNoRefundsIsToldPlainlyAndOfferedTheirOrdersOrAPerson()
    {
        await _bot.SayTextAsync("where is my refund?");
        var replies = await _bot.SayAsync("yara.sanchez4385@example.com");

        Assert.Contains(replies, r => r.Text.StartsWith("I don't see any refunds on your account", StringComparison.Ordinal));
        Assert.Equal(["Show my orders", PersonOffer.TalkToAPerson], SupportJourneyBot.Choices(replies));
        Assert.DoesNotContain(replies, r => r.Text.Contains("return", StringComparison.OrdinalIgnoreCase) && r.Text.Contains("Which order", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOrderWithoutRefundsNamedByIdIsRefusedWithWhatTheRecordsShow()
    {
        await _bot.SayTextAsync("where's the refund for order #W7678072?");
        var answer = await _bot.SayTextAsync("noah.brown7922@example.com");

        Assert.Contains("Order #W7678072 is delivered, and nothing has been refunded on it", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionAboutWhereRefundsArePaidIsAnsweredByTheRuleWithoutIdentifying()
    {
        var answer = await _bot.SayTextAsync("Where will my refund be paid to?");

        Assert.Contains("original payment method", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("confirm who you are", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAnswerOnHowToTrackARefundOffersToCheckTheCustomersRefunds()
    {
        var answer = await _bot.SayAsync("How can I check the status of my refund?");
        var next = await _bot.SayTextAsync("Check my refunds");

        Assert.Contains("](https://shop.example/help/refunds#tracking-a-refund)", answer[0].Text, StringComparison.Ordinal);
        Assert.Contains("Check my refunds", SupportJourneyBot.Choices(answer));
        Assert.StartsWith("Before I look up your refunds", next, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
