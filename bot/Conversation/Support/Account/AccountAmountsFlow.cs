using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Slots;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Conversation.Support.Orders;

namespace EcomBot.Bot.Conversation.Support.Account;

/// <summary>
/// Answers the customer's questions about their own amounts with the numbers (<see cref="AmountQuestion"/>): a gift
/// card's balance now; what comes back, or is still to pay, for the changes made (or proposed) in this conversation,
/// each with its amount and the total; what an order cost, and what its remaining items cost after a return. Asked in
/// the middle of another flow, it answers aside and that flow goes on (<see cref="FlowDescriptor.AnswersAside"/>).
/// </summary>
public sealed class AccountAmountsFlow(CustomerIdentification identification, OrderChoice orders) : IConversationFlow
{
    public const string AccountAmounts = "account_amounts";

    private const string IdentifyBefore = "Before I look up your amounts";

    private static readonly OrderRequirement AnyOrder = new(
        _ => true,
        "Which order do you mean? I'll give you its amounts.",
        "I don't see any orders on your account.",
        o => BotReply.Say(OrderDescriptions.Summary(o)),
        ShowsTheOrder: true,
        IdentifyBefore: IdentifyBefore,
        TakesTheOnlyOne: true,
        ReadsOnly: true);

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("account-amounts", AccountAmounts) with { RuleQuestionsMayRedirect = false, AnswersAside = true };

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var state = new AccountAmountsState { Question = turn.Message.Text };
        state.Choice.OrderId = OrderDescriptions.ReadOrderId(turn);
        state.Choice.Request = OrderAmounts.WithEarlierOrderWords(turn.Message.Text, turn.Conversation);
        return RunAsync(turn, state, cancellationToken);
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, turn.State<AccountAmountsState>() ?? new AccountAmountsState { Question = turn.Message.Text }, cancellationToken);

    private async Task RunAsync(FlowTurn turn, AccountAmountsState state, CancellationToken cancellationToken)
    {
        var identified = await identification.EnsureIdentifiedAsync(turn, state.Choice.Identification, IdentifyBefore, cancellationToken);
        if (identified == IdentificationOutcome.Waiting)
        {
            turn.Continue(state);
            return;
        }
        if (identified != IdentificationOutcome.Identified)
        {
            turn.End();
            return;
        }
        var done = turn.Conversation.Changes.Proposals
            .Where(p => p.CustomerId == turn.Conversation.CustomerId && (p.CarriedOutAt is not null || p.Answer == ProposalAnswer.Awaiting))
            .ToList();
        var asked = AmountQuestion.Read(state.Question);
        if (asked == AmountAsked.ThisChange)
        {
            turn.End();
            turn.Say(await PendingChangeAmount.DescribeAsync(turn, cancellationToken));
            return;
        }
        if (!state.OrderAsked && await AnswerWithoutAnOrderAsync(turn, asked, state.Question, done, cancellationToken) is { } answer)
        {
            turn.End();
            turn.Say(answer);
            return;
        }
        // The answer is about one order: named, in focus, described in words, or asked for.
        var firstTurn = !state.OrderAsked;
        state.OrderAsked = true;
        if (await orders.ChooseAsync(turn, state, AnyOrder, firstTurn, cancellationToken) is not { } chosen)
        {
            return;
        }
        turn.End();
        var order = chosen.Order;
        turn.Say(asked switch
        {
            AmountAsked.ItemPrice => OrderAmounts.ItemPrice(state.Question, order, turn),
            // Nothing changed yet: what the order in question comes to is the amount any refund of it starts from.
            AmountAsked.MoneyBack or AmountAsked.ToPay => NothingChanged + " " + OrderTotal(order, done),
            _ => OrderTotal(order, done),
        });
    }

    /// <summary>The answers that need no one order: a gift card's balance, the money this conversation's changes move,
    /// what the items of one product cost across the customer's orders. Null when the question is about one order.</summary>
    private static async Task<string?> AnswerWithoutAnOrderAsync(
        FlowTurn turn, AmountAsked? asked, string question, IReadOnlyList<ChangeProposal> done, CancellationToken cancellationToken)
    {
        var moved = done.Where(p => MoneyBack(p) is not null).ToList();
        switch (asked)
        {
            case AmountAsked.GiftCardBalance:
                return GiftCards(await turn.Functions.Orders.GetAccountAsync(cancellationToken));
            case AmountAsked.MoneyBack or AmountAsked.ToPay when moved.Count > 0:
                return Changes(moved, moneyBack: asked == AmountAsked.MoneyBack);
            case AmountAsked.WhatIf:
                return await WhatIfAmounts.AnswerAsync(turn, question, cancellationToken);
            case AmountAsked.OrderTotal:
                return OrderAmounts.ProductSpend(question, await turn.Functions.Orders.ListAsync(cancellationToken));
            default:
                return null;
        }
    }

    private const string NothingChanged = "Nothing in this conversation has changed an order's money yet, so nothing is due back or to pay so far.";

    private static string GiftCards(User account)
    {
        var cards = account.PaymentMethods.Values.Where(m => m.IsGiftCard).ToList();
        return cards.Count switch
        {
            0 => "You have no gift card on your account.",
            1 => $"Your gift card's balance is {OrderDescriptions.Money(cards[0].Balance ?? 0)}.",
            _ => "Your gift cards' balances: " + string.Join("; ", cards.Select(c => $"{c.Id} {OrderDescriptions.Money(c.Balance ?? 0)}")) + ".",
        };
    }

    /// <summary>Each change of this conversation with the money it moves (positive: back to the customer), then the total.</summary>
    private static string Changes(IReadOnlyList<ChangeProposal> proposals, bool moneyBack)
    {
        var lines = new List<string>();
        var total = 0m;
        foreach (var proposal in proposals)
        {
            if (MoneyBack(proposal) is not { } amount)
            {
                continue;
            }
            var (what, orderId) = Describe(proposal.Change());
            var pending = proposal.CarriedOutAt is null ? " (not confirmed yet)" : "";
            lines.Add(amount >= 0
                ? $"- {what} of order {orderId}{pending}: {OrderDescriptions.Money(amount)} back to you"
                : $"- {what} of order {orderId}{pending}: {OrderDescriptions.Money(-amount)} to pay");
            total += amount;
        }
        var sum = moneyBack || total >= 0
            ? $"In total you get {OrderDescriptions.Money(Math.Max(total, 0))} back" + (total < 0 ? $" and pay {OrderDescriptions.Money(-total)}." : ".")
            : $"In total you pay {OrderDescriptions.Money(-total)}.";
        return string.Join("\n", lines) + "\n\n" + sum;
    }

    private static decimal? MoneyBack(ChangeProposal proposal)
    {
        var preview = proposal.Preview();
        return proposal.Change() switch
        {
            CancelPendingOrder => preview.OrderBefore!.Items.Sum(i => i.Price),
            ReturnDeliveredOrderItems r => ItemsTotal(preview.OrderBefore!, r.ItemIds),
            ExchangeDeliveredOrderItems or ModifyPendingOrderItems =>
                preview.OrderBefore!.Items.Sum(i => i.Price) - (preview.OrderAfter?.Items.Sum(i => i.Price) ?? 0)
                - (preview.OrderAfter?.ExchangePriceDifference ?? 0),
            _ => null,
        };
    }

    private static (string What, string OrderId) Describe(AccountChange change) => change switch
    {
        CancelPendingOrder c => ("Cancellation", c.OrderId),
        ReturnDeliveredOrderItems r => ("Return", r.OrderId),
        ExchangeDeliveredOrderItems e => ("Exchange", e.OrderId),
        ModifyPendingOrderItems m => ("Item change", m.OrderId),
        IOrderChange o => ("Change", o.OrderId),
        _ => ("Change", ""),
    };

    private static decimal ItemsTotal(Order order, IReadOnlyList<string> itemIds)
    {
        // An id named twice is two of that item.
        var left = itemIds.ToList();
        var sum = 0m;
        foreach (var item in order.Items)
        {
            if (left.Remove(item.ItemId))
            {
                sum += item.Price;
            }
        }
        return sum;
    }

    /// <summary>What the order cost, and what its items not being returned cost.</summary>
    private static string OrderTotal(Order order, IReadOnlyList<ChangeProposal> proposals)
    {
        var total = order.Items.Sum(i => i.Price);
        var returning = (order.ReturnItems ?? []).ToList();
        returning.AddRange(proposals.Where(p => p.CarriedOutAt is null).Select(p => p.Change())
            .OfType<ReturnDeliveredOrderItems>().Where(r => r.OrderId == order.OrderId).SelectMany(r => r.ItemIds));
        var text = $"Order {order.OrderId} ({OrderDescriptions.Status(order)}) comes to {OrderDescriptions.Money(total)} for {order.Items.Count} item{(order.Items.Count == 1 ? "" : "s")}.";
        if (returning.Count == 0)
        {
            return text;
        }
        var returned = ItemsTotal(order, returning);
        return text + $" Without the items being returned ({OrderDescriptions.Money(returned)}), the remaining items come to {OrderDescriptions.Money(total - returned)}.";
    }
}

public sealed class AccountAmountsState : IOrderFlowState
{
    public string Question { get; set; } = "";

    /// <summary>The customer's identification, and the order the answer is about once one is needed.</summary>
    public OrderChoiceState Choice { get; set; } = new();

    /// <summary>True once the answer needed one order and the choice of it began.</summary>
    public bool OrderAsked { get; set; }
}
