using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Changes where a pending order ships: identify, choose the order, take the new address in one message
/// ("12 Main St, Apt 4, Austin, TX, USA, 78701") or field by field, show it, and act only after an explicit yes.</summary>
public sealed class ModifyOrderAddressFlow(OrderChoice orders) : IConversationFlow
{
    private static readonly string[] Fields = ["street address", "second address line (or \"none\")", "city", "state", "country", "zip code"];

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
        if (state.Address.Count < Fields.Length)
        {
            if (answer is not null)
            {
                ReadAddress(answer, state.Address);
            }
            if (state.Address.Count < Fields.Length)
            {
                turn.Say(state.Address.Count == 0
                    ? $"Where should order {order.OrderId} ship? Send the whole address in one message (street, second line, city, state, country, zip), or start with the street address."
                    : $"And the {Fields[state.Address.Count]}?");
                turn.Continue(state);
                return;
            }
            turn.Say($"Please confirm: order {order.OrderId} will ship to {Describe(ToAddress(state.Address))} instead of {Describe(order.Address)}.\nReply \"yes\" to change it; anything else changes nothing.", "yes", "no");
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
            var changed = await account.ModifyPendingOrderAddressAsync(order.OrderId, ToAddress(state.Address), cancellationToken);
            turn.Say($"Done: order {changed.OrderId} will ship to {Describe(changed.Address)}.");
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't change the address of order {order.OrderId}: {error.Message}.");
        }
        turn.End();
    }

    /// <summary>A whole address (5 or 6 comma-separated parts, the second line optional) or the next single field.</summary>
    private static void ReadAddress(string answer, List<string> address)
    {
        var parts = answer.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (address.Count == 0 && parts.Length is 5 or 6)
        {
            address.AddRange(parts.Length == 6 ? parts : [parts[0], "", .. parts[1..]]);
            return;
        }
        var value = answer.Trim().TrimEnd('.');
        address.Add(address.Count == 1 && value.ToLowerInvariant() is "none" or "no" or "-" ? "" : value);
    }

    private static Address ToAddress(List<string> a) => new(a[0], a[1], a[2], a[4], a[3], a[5]);

    private static string Describe(Address a) =>
        string.Join(", ", new[] { a.Address1, a.Address2, a.City, a.State, a.Country, a.Zip }.Where(p => p.Length > 0));
}

public sealed class ModifyOrderAddressState : IOrderFlowState
{
    public OrderChoiceState Choice { get; set; } = new();

    /// <summary>Address fields given so far, in the order the flow asks for them (street, second line, city, state, country, zip).</summary>
    public List<string> Address { get; set; } = [];
}
