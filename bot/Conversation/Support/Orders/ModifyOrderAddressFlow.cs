using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Addresses;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Changes where a pending order ships: identify, choose the order, take the new address in one message
/// ("12 Main St, Apt 4, Austin, TX, USA, 78701") or field by field, show it, and act only after an explicit yes.</summary>
public sealed class ModifyOrderAddressFlow(OrderChoice orders) : IConversationFlow
{
    private static readonly OrderRequirement PendingOrder = new(
        o => o.Status == OrderStatus.Pending,
        "Which order's shipping address would you like to change?",
        "You have no pending orders, and only a pending order's address can be changed.",
        o => BotReply.Say(o.Status == OrderStatus.PendingItemModified
            ? OrderDescriptions.ItemsAlreadyChanged(o)
            : $"Only a pending order's address can be changed; order {o.OrderId} is {o.Status}."));

    public string Name => "modify-order-address";

    public bool Handles(string intent) => intent == Intents.ChangeShippingAddress;

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, new ModifyOrderAddressState(), firstTurn: true, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, turn.State<ModifyOrderAddressState>() ?? new ModifyOrderAddressState(), firstTurn: false, cancellationToken);

    private async Task RunAsync(FlowTurn turn, ModifyOrderAddressState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (await orders.ChooseAsync(turn, state, PendingOrder, firstTurn, cancellationToken) is not { } chosen)
        {
            return;
        }
        var (account, order, answer) = chosen;
        if (!state.Address.IsComplete)
        {
            var problem = answer is null ? null : AddressReader.Read(answer, state.Address);
            if (!state.Address.IsComplete)
            {
                turn.Unhelpful = problem is not null;
                turn.Say(answer is null && state.Address.IsEmpty
                    ? $"Where should order {order.OrderId} ship? {AddressReader.AskWhole}"
                    : AddressReader.AskNext(state.Address, problem));
                turn.ExpectFreeText();
                turn.Continue(state);
                return;
            }
            turn.Say($"Please confirm: order {order.OrderId} will ship to {AddressReader.Describe(state.Address.ToAddress())} instead of {AddressReader.Describe(order.Address)}.\nReply \"yes\" to change it; anything else changes nothing.", "yes", "no");
            turn.Continue(state);
            return;
        }
        if (answer is null || !OrderDescriptions.IsExplicitYes(answer))
        {
            turn.Say($"OK, I have not changed the address of order {order.OrderId}; nothing has changed.");
            turn.End();
            return;
        }
        try
        {
            var changed = await account.ModifyPendingOrderAddressAsync(order.OrderId, state.Address.ToAddress(), cancellationToken);
            turn.Say($"Done: order {changed.OrderId} will ship to {AddressReader.Describe(changed.Address)}.");
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't change the address of order {order.OrderId}: {error.Message}.");
        }
        turn.End();
    }
}

public sealed class ModifyOrderAddressState : IOrderFlowState
{
    public OrderChoiceState Choice { get; set; } = new();

    /// <summary>The parts of the new address given so far.</summary>
    public AddressDraft Address { get; set; } = new();
}
