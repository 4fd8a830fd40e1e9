using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Commerce;

/// <summary>The store's system of record: customers, orders, the catalogue, and the changes support may make.
/// Refusals throw <see cref="CommerceException"/> with a customer-safe message ("Order not found",
/// "Non-pending order cannot be cancelled", ...). Callers that act for a customer go through
/// <see cref="CustomerAccount"/>, which confines every call to that customer's own records.</summary>
public interface ICommerceStore
{
    Task<string> FindUserIdByEmailAsync(string email, CancellationToken cancellationToken = default);

    Task<string> FindUserIdByNameZipAsync(string firstName, string lastName, string zip, CancellationToken cancellationToken = default);

    Task<User> GetUserAsync(string userId, CancellationToken cancellationToken = default);

    Task<Order> GetOrderAsync(string orderId, CancellationToken cancellationToken = default);

    Task<Product> GetProductAsync(string productId, CancellationToken cancellationToken = default);

    /// <summary>One variant by its item id, whatever its product.</summary>
    Task<Variant> GetItemAsync(string itemId, CancellationToken cancellationToken = default);

    /// <summary>Product type names and their product ids, sorted by name.</summary>
    Task<IReadOnlyDictionary<string, string>> ListProductTypesAsync(CancellationToken cancellationToken = default);

    /// <summary>Cancels a pending order; <paramref name="reason"/> is "no longer needed" or "ordered by mistake".</summary>
    Task<Order> CancelPendingOrderAsync(string orderId, string reason, CancellationToken cancellationToken = default);

    Task<Order> ModifyPendingOrderAddressAsync(string orderId, Address address, CancellationToken cancellationToken = default);

    Task<Order> ModifyPendingOrderItemsAsync(string orderId, IReadOnlyList<string> itemIds, IReadOnlyList<string> newItemIds, string paymentMethodId, CancellationToken cancellationToken = default);

    Task<Order> ModifyPendingOrderPaymentAsync(string orderId, string paymentMethodId, CancellationToken cancellationToken = default);

    Task<User> ModifyUserAddressAsync(string userId, Address address, CancellationToken cancellationToken = default);

    Task<Order> ReturnDeliveredOrderItemsAsync(string orderId, IReadOnlyList<string> itemIds, string paymentMethodId, CancellationToken cancellationToken = default);

    Task<Order> ExchangeDeliveredOrderItemsAsync(string orderId, IReadOnlyList<string> itemIds, IReadOnlyList<string> newItemIds, string paymentMethodId, CancellationToken cancellationToken = default);
}
