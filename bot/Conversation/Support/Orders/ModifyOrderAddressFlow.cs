using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Changes;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Addresses;
using EcomBot.Bot.Conversation.Support.Identity;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Changes where a pending order ships: identify, choose the order, take the new address (written out in one
/// message or field by field, or an address the store already has, pointed at in words: see <see cref="AddressQuestion"/>),
/// show it, and act only after an explicit yes. A request for all pending orders ("change the address of all my pending
/// orders", "correct it on all my orders") takes the address once and proposes each order that does not ship there yet
/// in turn, each with its own yes.</summary>
public sealed class ModifyOrderAddressFlow(OrderChoice orders, CustomerIdentification identification) : ChangeFlow<ModifyOrderAddressState>
{
    private static readonly OrderRequirement PendingOrder = new(
        o => o.Status == OrderStatus.Pending,
        "Which order's shipping address would you like to change?",
        "You have no pending orders, and only a pending order's address can be changed.",
        o => BotReply.Say(o.Status == OrderStatus.PendingItemModified
            ? OrderDescriptions.ItemsAlreadyChanged(o)
            : $"Only a pending order's address can be changed; order {o.OrderId} is {OrderDescriptions.Status(o)}."));

    // Words of an order named by where it ships ("the order that went to my old address").
    private static readonly string[] WhereWords =
        ["went", "going", "goes", "sent", "shipped", "ship", "ships", "shipping", "to", "old", "previous", "former", "wrong", "address", "home", "house"];

    public override FlowDescriptor Descriptor { get; } = FlowDescriptor.For("modify-order-address", Intents.ChangeShippingAddress);

    protected override ModifyOrderAddressState Begin(FlowTurn turn) => new()
    {
        Request = turn.Message.Text,
        EveryOrder = AddressRequest.ForEveryOrder(turn.Message.Text),
        // The order is chosen by what the request changes, not by the order that names the new address.
        Choice = new OrderChoiceState { Request = AddressRequest.WhatChanges(turn.Message.Text) },
    };

    protected override async Task<AccountChange?> CollectAsync(FlowTurn turn, ModifyOrderAddressState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (state.EveryOrder)
        {
            return await CollectForEveryOrderAsync(turn, state, firstTurn, cancellationToken);
        }
        var pickedByAddress = !firstTurn && await PickedByAddressAsync(turn, state, cancellationToken);
        if (await orders.ChooseAsync(turn, state, PendingOrder, firstTurn, cancellationToken) is not { } chosen)
        {
            if (state.Choice.OfferedOrderIds.Count > 0 && turn.Conversation.ActiveFlow == Descriptor.Name)
            {
                // "the one going to Los Angeles" answers the order question too.
                var offered = (await turn.Functions.Orders.ListAsync(cancellationToken)).Where(o => state.Choice.OfferedOrderIds.Contains(o.OrderId));
                turn.AcceptChoiceWords(WhereWords.Concat(offered.SelectMany(o => WordForms.Words($"{o.Address.City} {UsStatesName(o.Address.State)}"))));
            }
            return null;
        }
        var (order, answer) = chosen;
        if (pickedByAddress)
        {
            answer = null; // it named the order, not the new address
        }
        var target = new AddressTarget(order.Address, order.OrderId);
        var address = await ReadAddressAsync(turn, state, answer, target, cancellationToken);
        if (address is not null)
        {
            state.NewAddress = address;
            return new ModifyPendingOrderAddress(order.OrderId, address);
        }
        if (answer is null && state.Address.Offered.Count == 0)
        {
            turn.Say($"Where should order {order.OrderId} ship? {AddressReader.AskWhole}");
        }
        turn.ExpectFreeText();
        turn.Continue(state);
        return null;
    }

    /// <summary>An answer to "which order?" that names an offered order by where it ships ("the one going to Los
    /// Angeles", "the order that went to my old address": the default address, or one replaced in this conversation,
    /// that the customer has since moved from) takes that order when exactly one fits.</summary>
    private static async Task<bool> PickedByAddressAsync(FlowTurn turn, ModifyOrderAddressState state, CancellationToken cancellationToken)
    {
        var choice = state.Choice;
        if (choice.OrderId is not null || choice.OfferedOrderIds.Count == 0 || turn.Conversation.CustomerId is null
            || OrderDescriptions.NamesAnOrder(turn.Message.Text))
        {
            return false;
        }
        var text = turn.Message.Text;
        var offered = (await turn.Functions.Orders.ListAsync(cancellationToken)).Where(o => choice.OfferedOrderIds.Contains(o.OrderId)).ToList();
        var byPlace = offered.Where(o => AddressReferences.MentionsPlace(text, o.Address)).ToList();
        if (byPlace.Count == 0 && AddressRequest.NamesAnOldAddress(text))
        {
            var account = await turn.Functions.Orders.GetAccountAsync(cancellationToken);
            var old = turn.Conversation.ReplacedDefaultAddresses.Append(account.Address).ToList();
            byPlace = [.. offered.Where(o => old.Any(a => AddressBook.Same(a, o.Address)))];
        }
        if (byPlace is not [var picked])
        {
            return false;
        }
        choice.OrderId = picked.OrderId;
        turn.Say($"That's order {OrderDescriptions.Brief(picked)}.");
        return true;
    }

    /// <summary>Every pending order: identify, take the new address once, then propose the first order that does not
    /// ship there yet; the others wait in <see cref="ModifyOrderAddressState.Queue"/>.</summary>
    private async Task<AccountChange?> CollectForEveryOrderAsync(FlowTurn turn, ModifyOrderAddressState state, bool firstTurn, CancellationToken cancellationToken)
    {
        var wasIdentified = turn.Conversation.CustomerId is not null;
        var outcome = await identification.EnsureIdentifiedAsync(turn, state.Choice.Identification, CustomerIdentification.BeforeOrders, cancellationToken);
        if (outcome != IdentificationOutcome.Identified)
        {
            if (outcome == IdentificationOutcome.GaveUp)
            {
                turn.End();
            }
            else
            {
                turn.Continue(state);
            }
            return null;
        }
        var all = await turn.Functions.Orders.ListAsync(cancellationToken);
        var pending = all.Where(PendingOrder.Qualifies).ToList();
        if (pending.Count == 0)
        {
            turn.Say(PendingOrder.NoneQualify);
            turn.End();
            return null;
        }
        var answer = firstTurn || !wasIdentified ? null : turn.Message.Text.Trim();
        // "correct it on all my orders" when some are no longer pending: say why those keep their address.
        var onlyPending = pending.Count < all.Count && state.Request?.Contains("pending", StringComparison.OrdinalIgnoreCase) == false
            ? "Only a pending order's address can be changed. " : "";
        var address = await ReadAddressAsync(turn, state, answer, new AddressTarget(null, null), cancellationToken);
        if (address is null)
        {
            if (answer is null && state.Address.Offered.Count == 0)
            {
                turn.Say(onlyPending
                    + $"Where should your pending {(pending.Count == 1 ? "order" : "orders")} {Join(pending.Select(o => o.OrderId))} ship? {AddressReader.AskWhole}");
            }
            turn.ExpectFreeText();
            turn.Continue(state);
            return null;
        }
        state.EveryOrder = false;
        state.NewAddress = address;
        var toChange = pending.Where(o => !AddressBook.Same(o.Address, address)).ToList();
        if (toChange.Count == 0)
        {
            turn.Say($"All your pending orders already ship to {AddressReader.Describe(address)}; nothing needs changing.");
            turn.End();
            return null;
        }
        state.Choice.OrderId = toChange[0].OrderId;
        state.Queue = [.. toChange.Skip(1).Select(o => o.OrderId)];
        if (toChange.Count > 1 || onlyPending.Length > 0)
        {
            turn.Say(onlyPending + (toChange.Count > 1
                ? $"I'll change the shipping address of {toChange.Count} pending orders ({Join(toChange.Select(o => o.OrderId))}), one at a time, each after your yes."
                : $"I'll change the shipping address of pending order {toChange[0].OrderId}."));
        }
        return new ModifyPendingOrderAddress(toChange[0].OrderId, address);
    }

    /// <summary>The new address from this turn's answer, or from the request itself on the turn the order is known.</summary>
    private static async Task<Address?> ReadAddressAsync(FlowTurn turn, ModifyOrderAddressState state, string? answer, AddressTarget target, CancellationToken cancellationToken)
    {
        var book = await AddressBook.LoadAsync(turn, cancellationToken);
        if (answer is not null)
        {
            return AddressQuestion.Read(turn, answer, state.Address, book, target);
        }
        if (state.RequestRead || state.Request is not { } request)
        {
            return null;
        }
        state.RequestRead = true;
        return AddressQuestion.FromRequest(turn, request, state.Address, book, target);
    }

    protected override Task<BotReply> ConfirmationAsync(FlowTurn turn, ModifyOrderAddressState state, ChangeProposal proposal, CancellationToken cancellationToken) =>
        ProposalText.ConfirmationAsync(proposal, turn.Functions, cancellationToken);

    protected override async Task<BotReply> DoneAsync(FlowTurn turn, ModifyOrderAddressState state, ChangeOutcome outcome, CancellationToken cancellationToken)
    {
        var done = $"Done: order {outcome.OrderAfter!.OrderId} will ship to {AddressReader.Describe(outcome.OrderAfter.Address)}.";
        if (state.NewAddress is not { } address)
        {
            return BotReply.Say(done);
        }
        // Every pending order was asked for: propose the next one that still ships elsewhere.
        while (state.Queue.Count > 0)
        {
            var next = state.Queue[0];
            state.Queue.RemoveAt(0);
            try
            {
                var order = await turn.Functions.Orders.GetAsync(next, cancellationToken);
                if (!PendingOrder.Qualifies(order) || AddressBook.Same(order.Address, address))
                {
                    continue;
                }
                var proposal = await turn.Functions.Orders.ProposeAsync(new ModifyPendingOrderAddress(next, address), cancellationToken);
                state.Choice.OrderId = next;
                state.ProposalId = proposal.Id;
                turn.Continue(state);
                turn.Say(done);
                return await ConfirmationAsync(turn, state, proposal, cancellationToken);
            }
            catch (CommerceException refused)
            {
                done += $"\nI couldn't change the address of order {next}: {refused.Message.TrimEnd('.')}.";
            }
        }
        return BotReply.Say(done);
    }

    protected override string CouldNot(ModifyOrderAddressState state, string reason) =>
        $"I couldn't change the address of order {OrderDescriptions.NormalizeOrderId(state.Choice.OrderId ?? "")}: {reason}.";

    protected override string NothingChanged(ModifyOrderAddressState state) =>
        $"OK, I have not changed the address of order {OrderDescriptions.NormalizeOrderId(state.Choice.OrderId ?? "")}"
        + (state.Queue.Count > 0 ? $", nor of {Join(state.Queue)}" : "") + "; nothing has changed.";

    private static string UsStatesName(string code) => UsStates.Name(code) ?? code;

    private static string Join(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count <= 1 ? string.Join("", list) : $"{string.Join(", ", list.SkipLast(1))} and {list[^1]}";
    }
}

public sealed class ModifyOrderAddressState : IOrderFlowState, IChangeFlowState
{
    public OrderChoiceState Choice { get; set; } = new();

    /// <summary>The request that started the flow, read once for the new address it names.</summary>
    public string? Request { get; set; }

    /// <summary>The request has been read for a new address.</summary>
    public bool RequestRead { get; set; }

    /// <summary>The request is for every pending order, and the orders are not chosen yet.</summary>
    public bool EveryOrder { get; set; }

    /// <summary>The parts of the new address given so far.</summary>
    public AddressDraft Address { get; set; } = new();

    /// <summary>The new address once known; the orders in <see cref="Queue"/> are proposed it too.</summary>
    public Address? NewAddress { get; set; }

    /// <summary>Further pending orders to propose the new address for, after the current one.</summary>
    public List<string> Queue { get; set; } = [];

    public string? ProposalId { get; set; }
}
