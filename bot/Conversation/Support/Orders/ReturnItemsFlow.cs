using System.Text.RegularExpressions;
using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Changes;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Returns items of a delivered order: identify, choose the order, the items (taken from the request when it
/// names them, see <see cref="ItemsInWords"/>) and the refund method (the original payment method or an existing gift
/// card), list the details, and act only after an explicit yes.</summary>
public sealed partial class ReturnItemsFlow(OrderChoice orders) : ChangeFlow<ReturnItemsState>
{
    private const string AllItems = "all items";
    private const string OriginalMethod = "original payment method";
    private static readonly string[] ReturnWords = ["return", "refund", "send"];

    private static readonly OrderRequirement DeliveredOrder = new(
        o => o.Status == OrderStatus.Delivered,
        "Which order would you like to return items from? Only delivered orders can be returned.",
        "You have no delivered orders, and only delivered orders can be returned.",
        o => BotReply.Say($"Only delivered orders can be returned; order {o.OrderId} is {OrderDescriptions.Status(o)}."
            + (o.Status == OrderStatus.Pending ? " A pending order can be cancelled instead." : "")));

    internal const string Name = "return-items";

    public override FlowDescriptor Descriptor { get; } = FlowDescriptor.For(Name, Intents.GetRefund) with { TrainingExamples = FlowExamples.Beside<ReturnItemsFlow>() };

    protected override async Task<AccountChange?> CollectAsync(FlowTurn turn, ReturnItemsState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (await orders.ChooseAsync(turn, state, DeliveredOrder, firstTurn, cancellationToken) is not { } chosen)
        {
            return null;
        }
        var (order, answer) = chosen;
        // What the customer said last may say where the refund goes too ("the tablet, refunded to my gift card").
        var said = answer ?? state.Choice.Request;
        if (state.ItemIds.Count == 0)
        {
            if (answer is not null && ItemsQuestion.AsksForSomethingElse(answer, ReturnWords))
            {
                turn.End();
                return null;
            }
            var choice = answer is null ? NamedInRequest(state, order) : ChooseItems(order, answer, state.UnclearItemIds);
            if (answer is null && choice.IsEmpty && !firstTurn)
            {
                // The words that just chose the order ("the gaming mouse") name its items too.
                choice = ItemsInWords.Read(turn.Message.Text, order, fromRequest: true);
            }
            if (answer is null && choice.IsEmpty && order.Items.Count == 1)
            {
                // An order of one item: nothing to choose between.
                choice = new ItemsChoice(order.Items, []);
            }
            state.ItemIds = choice.Unclear.Count > 0 ? [] : [.. choice.Items.Select(i => i.ItemId)];
            state.UnclearItemIds = [.. choice.Unclear.Select(i => i.ItemId)];
            if (choice.NothingLeft)
            {
                turn.Say(ItemsQuestion.NothingLeft(order, "return"));
                turn.End();
                return null;
            }
            if (state.ItemIds.Count == 0)
            {
                turn.Unhelpful = answer is not null;
                AskForItems(turn, state, order, ItemsQuestion.Unclear(order, choice));
                return null;
            }
            if (answer is null)
            {
                turn.Say($"Returning: {string.Join("; ", order.Items.Where(i => state.ItemIds.Contains(i.ItemId)).Select(OrderDescriptions.Item))}.");
            }
            answer = null;
        }
        else if (answer is not null && RestatedItems(order, answer, state) is { } restated)
        {
            // "Then return everything in that order, refunded to my gift card" while the refund method is asked.
            state.ItemIds = restated;
            turn.Say($"Returning: {string.Join("; ", order.Items.Where(i => state.ItemIds.Contains(i.ItemId)).Select(OrderDescriptions.Item))}.");
        }
        var account = await turn.Functions.Orders.GetAccountAsync(cancellationToken);
        // A method the customer named that a refund cannot go to is refused plainly, with where it can go.
        var wish = answer ?? (said is not null && RefundMethodRefusal.SaysWhere(said) ? said : null);
        state.PaymentMethodId ??= wish is null ? null : ChooseRefundMethod(order, account, wish);
        if (state.PaymentMethodId is null)
        {
            var refused = wish is null ? null : RefundMethodRefusal.Named(wish);
            turn.Unhelpful = answer is not null;
            var original = $"{OriginalMethod} ({PaymentMethodNames.Name(account, order.PaymentHistory[0].PaymentMethodId)})";
            var giftCards = account.PaymentMethods.Values.Where(p => p.IsGiftCard).Select(PaymentMethodNames.Name);
            var paidWith = PaymentMethodNames.Name(account, order.PaymentHistory[0].PaymentMethodId);
            turn.Say(
                refused is not null ? RefundMethodRefusal.Text(refused, order.OrderId, paidWith, giftCards.Any())
                : answer is null ? "Where should the refund go? To the original payment method, or to an existing gift card."
                : $"A refund for order {order.OrderId} can go only to {paidWith}, the method it was paid with, or to one of your gift cards. Where should the refund go?",
                [original, .. giftCards]);
            turn.ExpectFreeText();
            turn.Continue(state);
            return null;
        }
        return new ReturnDeliveredOrderItems(order.OrderId, state.ItemIds, state.PaymentMethodId);
    }

    protected override async Task<bool> ReviseAsync(FlowTurn turn, ReturnItemsState state, RejectedPart wrong, CancellationToken cancellationToken)
    {
        (state.ItemIds, state.UnclearItemIds) = ([], []);
        if (wrong == RejectedPart.Items && state.Choice.OrderId is { } orderId)
        {
            AskForItems(turn, state, await turn.Functions.Orders.GetAsync(orderId, cancellationToken), "");
            return true;
        }
        state.PaymentMethodId = null;
        return await OrderChoice.OfferOthersAsync(turn, state, DeliveredOrder, state.Choice.OrderId, cancellationToken);
    }

    /// <summary>"cancel or return everything that isn't for gaming": the pending orders are cancelled after the returns.</summary>
    protected override string? FollowUp(FlowTurn turn) =>
        AccountSweep.Sweeps(turn.Message.Text) && AccountSweep.CancelsAndReturns(turn.Message.Text) ? CancelOrderFlow.Name : null;

    private static void AskForItems(FlowTurn turn, ReturnItemsState state, Order order, string unclear)
    {
        turn.Say($"{unclear}Which items from order {order.OrderId} would you like to return? You can name several at once.",
            [.. ItemsQuestion.Choices(order), AllItems]);
        turn.ExpectFreeText();
        turn.Continue(state);
    }

    protected override Task<BotReply> ConfirmationAsync(FlowTurn turn, ReturnItemsState state, ChangeProposal proposal, CancellationToken cancellationToken) =>
        ProposalText.ConfirmationAsync(proposal, turn.Functions, cancellationToken);

    protected override Task<BotReply> DoneAsync(FlowTurn turn, ReturnItemsState state, ChangeOutcome outcome, CancellationToken cancellationToken)
    {
        var returned = outcome.OrderAfter!;
        return Task.FromResult(BotReply.Say(
            $"Done: order {returned.OrderId} is now \"{returned.Status}\". You'll receive an email with instructions for sending the items back; "
            + $"the refund goes to {PaymentMethodNames.Name(outcome.AccountAfter, state.PaymentMethodId!)} once they arrive."));
    }

    protected override string CouldNot(ReturnItemsState state, string reason) =>
        $"I couldn't start the return for order {OrderDescriptions.NormalizeOrderId(state.Choice.OrderId ?? "")}: {reason}.";

    protected override string NothingChanged(ReturnItemsState state) =>
        $"OK, I have not started a return for order {OrderDescriptions.NormalizeOrderId(state.Choice.OrderId ?? "")}; nothing has changed.";

    /// <summary>The items the request itself named ("return the electric toothbrush"), so the customer isn't asked again.</summary>
    private static ItemsChoice NamedInRequest(ReturnItemsState state, Order order) =>
        state.Choice.Request is { } request ? ItemsInWords.Read(ItemsQuestion.OwnClauses(request, ReturnWords), order, fromRequest: true) : ItemsChoice.None;

    private static ItemsChoice ChooseItems(Order order, string answer, List<string> askedAbout) =>
        answer.Contains(AllItems, StringComparison.OrdinalIgnoreCase) ? new ItemsChoice(order.Items, []) : ItemsInWords.Read(answer, order, askedAbout: askedAbout);

    /// <summary>The items a re-stated return names ("then return everything in that order") when they differ from those
    /// chosen; null otherwise.</summary>
    private static List<string>? RestatedItems(Order order, string answer, ReturnItemsState state)
    {
        if (!ReturnVerb().IsMatch(answer))
        {
            return null;
        }
        var choice = ItemsInWords.Read(ItemsQuestion.OwnClauses(answer, ReturnWords), order, fromRequest: true);
        var ids = choice.Unclear.Count > 0 || choice.Items.Count == 0 ? null : choice.Items.Select(i => i.ItemId).ToList();
        return ids is null || ids.Order(StringComparer.Ordinal).SequenceEqual(state.ItemIds.Order(StringComparer.Ordinal)) ? null : ids;
    }

    [GeneratedRegex(@"\breturn(ing)?\b|\bsend (\S+ ){0,4}back\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReturnVerb();

    /// <summary>The policy allows the original payment method or any existing gift card.</summary>
    private static string? ChooseRefundMethod(Order order, User account, string answer)
    {
        var original = order.PaymentHistory[0].PaymentMethodId;
        if (PaymentMethodNames.MeansTheOriginal(answer))
        {
            return original;
        }
        // "back to my card please", "PayPal", "the gift card": the original method by its name, or a gift card.
        return PaymentMethodNames.Find(account.PaymentMethods.Values.Where(p => p.IsGiftCard || p.Id == original), answer)?.Id;
    }
}

public sealed class ReturnItemsState : IOrderFlowState, IChangeFlowState
{
    public OrderChoiceState Choice { get; set; } = new();

    public List<string> ItemIds { get; set; } = [];

    /// <summary>The items the last answer fit without telling apart, listed when asked again.</summary>
    public List<string> UnclearItemIds { get; set; } = [];

    public string? PaymentMethodId { get; set; }

    public string? ProposalId { get; set; }
}
