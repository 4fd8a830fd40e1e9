using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Changes;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Addresses;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Changes where a pending order ships: identify, choose the order, take the new address in one message
/// ("12 Main St, Apt 4, Austin, TX, USA, 78701") or field by field, show it, and act only after an explicit yes.</summary>
public sealed class ModifyOrderAddressFlow(OrderChoice orders) : ChangeFlow<ModifyOrderAddressState>
{
    private static readonly OrderRequirement PendingOrder = new(
        o => o.Status == OrderStatus.Pending,
        "Which order's shipping address would you like to change?",
        "You have no pending orders, and only a pending order's address can be changed.",
        o => BotReply.Say(o.Status == OrderStatus.PendingItemModified
            ? OrderDescriptions.ItemsAlreadyChanged(o)
            : $"Only a pending order's address can be changed; order {o.OrderId} is {OrderDescriptions.Status(o)}."));

    public override FlowDescriptor Descriptor { get; } = FlowDescriptor.For("modify-order-address", Intents.ChangeShippingAddress);

    protected override async Task<AccountChange?> CollectAsync(FlowTurn turn, ModifyOrderAddressState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (await orders.ChooseAsync(turn, state, PendingOrder, firstTurn, cancellationToken) is not { } chosen)
        {
            return null;
        }
        var (order, answer) = chosen;
        var problem = answer is null ? null : AddressReader.Read(answer, state.Address);
        if (state.Address.IsComplete)
        {
            return new ModifyPendingOrderAddress(order.OrderId, state.Address.ToAddress());
        }
        turn.Unhelpful = problem is not null;
        turn.Say(answer is null && state.Address.IsEmpty
            ? $"Where should order {order.OrderId} ship? {AddressReader.AskWhole}"
            : AddressReader.AskNext(state.Address, problem));
        turn.ExpectFreeText();
        turn.Continue(state);
        return null;
    }

    protected override Task<BotReply> ConfirmationAsync(FlowTurn turn, ModifyOrderAddressState state, ChangeProposal proposal, CancellationToken cancellationToken) =>
        ProposalText.ConfirmationAsync(proposal, turn.Functions, cancellationToken);

    protected override Task<BotReply> DoneAsync(FlowTurn turn, ModifyOrderAddressState state, ChangeOutcome outcome, CancellationToken cancellationToken) =>
        Task.FromResult(BotReply.Say($"Done: order {outcome.OrderAfter!.OrderId} will ship to {AddressReader.Describe(outcome.OrderAfter.Address)}."));

    protected override string CouldNot(ModifyOrderAddressState state, string reason) =>
        $"I couldn't change the address of order {OrderDescriptions.NormalizeOrderId(state.Choice.OrderId ?? "")}: {reason}.";

    protected override string NothingChanged(ModifyOrderAddressState state) =>
        $"OK, I have not changed the address of order {OrderDescriptions.NormalizeOrderId(state.Choice.OrderId ?? "")}; nothing has changed.";
}

public sealed class ModifyOrderAddressState : IOrderFlowState, IChangeFlowState
{
    public OrderChoiceState Choice { get; set; } = new();

    /// <summary>The parts of the new address given so far.</summary>
    public AddressDraft Address { get; set; } = new();

    public string? ProposalId { get; set; }
}
