using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Identity;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Exchanges items of a delivered order for other variants of the same products: identify, choose the order,
/// the items, the new options for each, and the payment method for the price difference; list old -> new with prices
/// and act only after an explicit yes. Bitext has no exchange intent, so this handles <c>change_order</c>.</summary>
public sealed class ExchangeItemsFlow(ICommerceStore store, CustomerIdentification identification) : IConversationFlow
{
    public string Name => "exchange-items";

    public bool Handles(string intent) => intent == Intents.ChangeOrder;

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, new ExchangeItemsState { OrderId = OrderDescriptions.ReadOrderId(turn) }, null, cancellationToken);

    public async Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var wasIdentified = turn.Conversation.CustomerId is not null;
        await RunAsync(turn, turn.State<ExchangeItemsState>() ?? new ExchangeItemsState(), wasIdentified ? turn.Message.Text.Trim() : null, cancellationToken);
    }

    private async Task RunAsync(FlowTurn turn, ExchangeItemsState state, string? answer, CancellationToken cancellationToken)
    {
        var identified = await identification.EnsureIdentifiedAsync(turn, state.Identification, cancellationToken);
        if (identified != IdentificationOutcome.Identified)
        {
            if (identified == IdentificationOutcome.Waiting)
            {
                turn.Continue(state);
            }
            else
            {
                turn.End();
            }
            return;
        }
        var account = new CustomerAccount(store, turn.Conversation.CustomerId!);
        if (state.OrderId is null && answer is not null)
        {
            state.OrderId = OrderDescriptions.ReadOrderId(turn);
            answer = null;
        }
        if (state.OrderId is null)
        {
            await AskForOrderAsync(turn, account, state, cancellationToken);
            return;
        }
        Order order;
        try
        {
            order = await account.GetOrderAsync(state.OrderId, cancellationToken);
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"{error.Message}: there is no order {CustomerAccount.NormalizeOrderId(state.OrderId)} on your account.");
            state.OrderId = null;
            await AskForOrderAsync(turn, account, state, cancellationToken);
            return;
        }
        if (order.Status != OrderStatus.Delivered)
        {
            turn.Unhelpful = true;
            turn.Say($"Only delivered orders can be exchanged; order {order.OrderId} is {order.Status}."
                + (order.IsPending ? " A pending order's address or payment can be changed, or the order cancelled." : ""));
            turn.End();
            return;
        }
        if (state.ItemIds.Count == 0)
        {
            state.ItemIds = answer is null ? [] : [.. order.Items.Where(i => answer.Contains(i.ItemId, StringComparison.Ordinal) || answer.Contains(i.Name, StringComparison.OrdinalIgnoreCase)).Select(i => i.ItemId)];
            if (state.ItemIds.Count == 0)
            {
                turn.Unhelpful = answer is not null;
                turn.Say($"Which items from order {order.OrderId} would you like to exchange? You can name several at once.",
                    [.. order.Items.Select(i => $"{i.Name} {i.ItemId}")]);
                turn.Continue(state);
                return;
            }
            answer = null;
        }
        if (order.Items.FirstOrDefault(i => state.ItemIds.Contains(i.ItemId) && !state.NewItemIds.ContainsKey(i.ItemId)) is { } item)
        {
            var product = await store.GetProductAsync(item.ProductId, cancellationToken);
            if (answer is not null && ChooseVariant(turn, product, item, answer, state))
            {
                answer = null;
            }
            if (order.Items.Any(i => state.ItemIds.Contains(i.ItemId) && !state.NewItemIds.ContainsKey(i.ItemId)))
            {
                await AskForVariantAsync(turn, order, state, cancellationToken);
                return;
            }
        }
        var profile = await account.GetProfileAsync(cancellationToken);
        if (state.PaymentMethodId is null)
        {
            state.PaymentMethodId = answer is null ? null : ChoosePaymentMethod(order, profile, answer);
            if (state.PaymentMethodId is null)
            {
                turn.Unhelpful = answer is not null;
                turn.Say("Which payment method should pay or receive the price difference? A gift card must cover any extra cost.",
                    [.. profile.PaymentMethods.Values.Select(p => p.Id)]);
                turn.Continue(state);
                return;
            }
            await AskToConfirmAsync(turn, order, state, cancellationToken);
            return;
        }
        if (answer is null || !OrderDescriptions.IsExplicitYes(answer))
        {
            turn.Say($"OK, I have not started an exchange for order {order.OrderId}; nothing has changed.");
            turn.End();
            return;
        }
        try
        {
            var oldIds = state.ItemIds;
            var exchanged = await account.ExchangeDeliveredOrderItemsAsync(order.OrderId, oldIds, [.. oldIds.Select(id => state.NewItemIds[id])], state.PaymentMethodId, cancellationToken);
            turn.Say($"Done: order {exchanged.OrderId} is now \"{exchanged.Status}\". You'll receive an email with instructions for sending the items back; the new items ship once they arrive.");
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't start the exchange for order {order.OrderId}: {error.Message}.");
        }
        turn.End();
    }

    /// <summary>Records the variant the answer names; otherwise says why not and returns false.</summary>
    private static bool ChooseVariant(FlowTurn turn, Product product, OrderItem item, string answer, ExchangeItemsState state)
    {
        if (ExchangeVariants.NamesAnotherProductsItem(product, answer))
        {
            turn.Unhelpful = true;
            turn.Say($"An exchange can only be for another {product.Name}. For a different product, return this one and order the new item.");
            return false;
        }
        var variant = ExchangeVariants.Choose(product, item, answer, out var namedAnOption);
        if (variant is null)
        {
            turn.Unhelpful = true;
            turn.Say(namedAnOption
                ? $"No available {product.Name} has those options."
                : $"An exchange can only be for another {product.Name} with different options. For a different product, return this one and order the new item.");
            return false;
        }
        state.NewItemIds[item.ItemId] = variant.ItemId;
        return true;
    }

    private async Task AskForVariantAsync(FlowTurn turn, Order order, ExchangeItemsState state, CancellationToken cancellationToken)
    {
        var item = order.Items.First(i => state.ItemIds.Contains(i.ItemId) && !state.NewItemIds.ContainsKey(i.ItemId));
        var alternatives = ExchangeVariants.Alternatives(await store.GetProductAsync(item.ProductId, cancellationToken), item);
        if (alternatives.Count == 0)
        {
            turn.Unhelpful = true;
            turn.Say($"There is no other {item.Name} available right now, so it can't be exchanged.");
            turn.End();
            return;
        }
        turn.Say($"Which {item.Name} would you like instead of {OrderDescriptions.Item(item)}? Name the options you want changed.",
            [.. alternatives.Select(v => $"{ExchangeVariants.Describe(v)} {OrderDescriptions.Money(v.Price)}")]);
        turn.Continue(state);
    }

    private static string? ChoosePaymentMethod(Order order, User profile, string answer) =>
        answer.Contains("original", StringComparison.OrdinalIgnoreCase)
            ? order.PaymentHistory[0].PaymentMethodId
            : profile.PaymentMethods.Values.FirstOrDefault(p => answer.Contains(p.Id, StringComparison.OrdinalIgnoreCase))?.Id;

    private async Task AskToConfirmAsync(FlowTurn turn, Order order, ExchangeItemsState state, CancellationToken cancellationToken)
    {
        var lines = new List<string> { $"Please confirm the exchange on order {order.OrderId}:" };
        var difference = 0m;
        foreach (var item in order.Items.Where(i => state.ItemIds.Contains(i.ItemId)))
        {
            var product = await store.GetProductAsync(item.ProductId, cancellationToken);
            var variant = product.Variants[state.NewItemIds[item.ItemId]];
            lines.Add($"- {OrderDescriptions.Item(item)} -> {ExchangeVariants.Describe(variant)} {OrderDescriptions.Money(variant.Price)}");
            difference += variant.Price - item.Price;
        }
        lines.Add(difference >= 0
            ? $"Price difference: {OrderDescriptions.Money(difference)} to pay with {state.PaymentMethodId}."
            : $"Price difference: {OrderDescriptions.Money(-difference)} refunded to {state.PaymentMethodId}.");
        lines.Add("Reply \"yes\" to start the exchange; anything else changes nothing.");
        turn.Say(string.Join("\n", lines), "yes", "no");
        turn.Continue(state);
    }

    private static async Task AskForOrderAsync(FlowTurn turn, CustomerAccount account, ExchangeItemsState state, CancellationToken cancellationToken)
    {
        var delivered = (await account.ListOrdersAsync(cancellationToken)).Where(o => o.Status == OrderStatus.Delivered).ToList();
        if (delivered.Count == 0)
        {
            turn.Say("You have no delivered orders, and only delivered orders can be exchanged.");
            turn.End();
            return;
        }
        turn.Say("Which order would you like to exchange items from? Only delivered orders can be exchanged.", OrderDescriptions.Choices(delivered));
        turn.Continue(state);
    }
}

public sealed class ExchangeItemsState
{
    public IdentificationState Identification { get; set; } = new();

    public string? OrderId { get; set; }

    public List<string> ItemIds { get; set; } = [];

    /// <summary>The new variant's item id for each old item id chosen so far.</summary>
    public Dictionary<string, string> NewItemIds { get; set; } = [];

    public string? PaymentMethodId { get; set; }
}
