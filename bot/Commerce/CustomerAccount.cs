using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Commerce.Rules;

namespace EcomBot.Bot.Commerce;

/// <summary>The store as seen by one authenticated customer. Every order id is checked against the customer's
/// own orders before anything is read or changed; another customer's order is reported exactly like an order
/// that does not exist, so its existence does not leak. The customer id comes from the authenticated turn,
/// never from anything the customer or a model typed.</summary>
public sealed class CustomerAccount(
    ICommerceStore store, string customerId, IReadOnlyDictionary<string, Product>? products = null, ModifiedItemPricing pricing = ModifiedItemPricing.OwnVariant)
    : ICustomerAccount
{
    private const string OrderNotFound = "Order not found";

    public string CustomerId { get; } = customerId;

    public Task<User> GetProfileAsync(CancellationToken cancellationToken = default) =>
        store.GetUserAsync(CustomerId, cancellationToken);

    /// <summary>The customer's orders, most recent last as the store lists them.</summary>
    public async Task<IReadOnlyList<Order>> ListOrdersAsync(CancellationToken cancellationToken = default)
    {
        var profile = await GetProfileAsync(cancellationToken);
        var orders = new List<Order>(profile.Orders.Count);
        foreach (var orderId in profile.Orders)
        {
            orders.Add(await store.GetOrderAsync(orderId, cancellationToken));
        }
        return orders;
    }

    public async Task<Order> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        var id = NormalizeOrderId(orderId);
        var order = await TryGetOwnOrderAsync(id, cancellationToken);
        return order ?? throw new CommerceException(OrderNotFound);
    }

    public async Task<ChangeOutcome> PreviewAsync(AccountChange change, CancellationToken cancellationToken = default)
    {
        var account = await GetProfileAsync(cancellationToken);
        var order = change is IOrderChange about ? await GetOrderAsync(about.OrderId, cancellationToken) : null;
        var catalogue = products ?? throw new InvalidOperationException("This account was opened without the catalogue, so it cannot preview item changes.");
        var (orderAfter, accountAfter) = AccountChangeRules.Apply(change, order, account, catalogue, pricing);
        return new ChangeOutcome(order, orderAfter, account, accountAfter);
    }

    public async Task<ChangeOutcome> ApplyAsync(AccountChange change, CancellationToken cancellationToken = default)
    {
        var account = await GetProfileAsync(cancellationToken);
        var order = change is IOrderChange about ? await GetOrderAsync(about.OrderId, cancellationToken) : null;
        if (change is ModifyDefaultAddress newAddress)
        {
            var changed = await ModifyAddressAsync(newAddress.Address, cancellationToken);
            return new ChangeOutcome(null, null, account, changed);
        }
        var orderAfter = change switch
        {
            CancelPendingOrder c => await CancelPendingOrderAsync(c.OrderId, c.Reason, cancellationToken),
            ModifyPendingOrderAddress c => await ModifyPendingOrderAddressAsync(c.OrderId, c.Address, cancellationToken),
            ModifyPendingOrderItems c => await ModifyPendingOrderItemsAsync(c.OrderId, c.ItemIds, c.NewItemIds, c.PaymentMethodId, cancellationToken),
            ModifyPendingOrderPayment c => await ModifyPendingOrderPaymentAsync(c.OrderId, c.PaymentMethodId, cancellationToken),
            ReturnDeliveredOrderItems c => await ReturnDeliveredOrderItemsAsync(c.OrderId, c.ItemIds, c.PaymentMethodId, cancellationToken),
            ExchangeDeliveredOrderItems c => await ExchangeDeliveredOrderItemsAsync(c.OrderId, c.ItemIds, c.NewItemIds, c.PaymentMethodId, cancellationToken),
            _ => throw new CommerceException("Unknown change"),
        };
        return new ChangeOutcome(order, orderAfter, account, await GetProfileAsync(cancellationToken));
    }

    public async Task<Order> CancelPendingOrderAsync(string orderId, string reason, CancellationToken cancellationToken = default) =>
        await store.CancelPendingOrderAsync(await OwnOrderIdAsync(orderId, cancellationToken), reason, cancellationToken);

    public async Task<Order> ModifyPendingOrderAddressAsync(string orderId, Address address, CancellationToken cancellationToken = default) =>
        await store.ModifyPendingOrderAddressAsync(await OwnOrderIdAsync(orderId, cancellationToken), address, cancellationToken);

    public async Task<Order> ModifyPendingOrderItemsAsync(string orderId, IReadOnlyList<string> itemIds, IReadOnlyList<string> newItemIds, string paymentMethodId, CancellationToken cancellationToken = default) =>
        await store.ModifyPendingOrderItemsAsync(await OwnOrderIdAsync(orderId, cancellationToken), itemIds, newItemIds, paymentMethodId, cancellationToken);

    public async Task<Order> ModifyPendingOrderPaymentAsync(string orderId, string paymentMethodId, CancellationToken cancellationToken = default) =>
        await store.ModifyPendingOrderPaymentAsync(await OwnOrderIdAsync(orderId, cancellationToken), paymentMethodId, cancellationToken);

    public async Task<Order> ReturnDeliveredOrderItemsAsync(string orderId, IReadOnlyList<string> itemIds, string paymentMethodId, CancellationToken cancellationToken = default) =>
        await store.ReturnDeliveredOrderItemsAsync(await OwnOrderIdAsync(orderId, cancellationToken), itemIds, paymentMethodId, cancellationToken);

    public async Task<Order> ExchangeDeliveredOrderItemsAsync(string orderId, IReadOnlyList<string> itemIds, IReadOnlyList<string> newItemIds, string paymentMethodId, CancellationToken cancellationToken = default) =>
        await store.ExchangeDeliveredOrderItemsAsync(await OwnOrderIdAsync(orderId, cancellationToken), itemIds, newItemIds, paymentMethodId, cancellationToken);

    public Task<User> ModifyAddressAsync(Address address, CancellationToken cancellationToken = default) =>
        store.ModifyUserAddressAsync(CustomerId, address, cancellationToken);

    /// <summary>Order ids as customers type them: "W2378156", "#w2378156", " #W2378156 ".</summary>
    public static string NormalizeOrderId(string orderId)
    {
        var id = orderId.Trim().TrimStart('#').ToUpperInvariant();
        return id.Length == 0 ? id : "#" + id;
    }

    private async Task<string> OwnOrderIdAsync(string orderId, CancellationToken cancellationToken)
    {
        var id = NormalizeOrderId(orderId);
        return await TryGetOwnOrderAsync(id, cancellationToken) is not null ? id : throw new CommerceException(OrderNotFound);
    }

    private async Task<Order?> TryGetOwnOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        var profile = await GetProfileAsync(cancellationToken);
        if (!profile.Orders.Contains(orderId, StringComparer.Ordinal))
        {
            return null;
        }
        var order = await store.GetOrderAsync(orderId, cancellationToken);
        // Both sides must agree: the user lists the order and the order names the user.
        return order.UserId == CustomerId ? order : null;
    }
}
