using EcomBot.Bot.Commerce.ChangeStore;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Commerce.Rules;

namespace EcomBot.Bot.Commerce;

/// <summary>The embedded store: the shipped demo database overlaid with the changes recorded in the
/// <see cref="ICommerceChangeStore"/>. Each change reads, applies a rule and writes compare-and-set,
/// retrying when another turn changed the same records in between.</summary>
public sealed class DemoCommerceStore(StoreDatabase database, ICommerceChangeStore changes, ModifiedItemPricing itemPricing = ModifiedItemPricing.OwnVariant)
    : ICommerceStore
{
    private const int MaxAttempts = 16;

    public async Task<string> FindUserIdByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        database.UserIdByEmail(email) is { } userId && await new ChangeSession(database, changes).TryUserAsync(userId, cancellationToken) is not null
            ? userId
            : throw new CommerceException("User not found");

    public async Task<string> FindUserIdByNameZipAsync(string firstName, string lastName, string zip, CancellationToken cancellationToken = default)
    {
        // Names never change but addresses do, so the zip is checked on the current record (none once erased).
        foreach (var userId in database.UserIdsByName(firstName, lastName))
        {
            var user = await new ChangeSession(database, changes).TryUserAsync(userId, cancellationToken);
            if (user?.Value.Address.Zip == zip.Trim())
            {
                return userId;
            }
        }
        throw new CommerceException("User not found");
    }

    public async Task<User> GetUserAsync(string userId, CancellationToken cancellationToken = default) =>
        (await new ChangeSession(database, changes).UserAsync(userId, cancellationToken)).Value;

    public async Task<Order> GetOrderAsync(string orderId, CancellationToken cancellationToken = default) =>
        (await new ChangeSession(database, changes).OrderAsync(orderId, cancellationToken)).Value;

    public Task<Product> GetProductAsync(string productId, CancellationToken cancellationToken = default) =>
        Task.FromResult(database.Products.GetValueOrDefault(productId) ?? throw new CommerceException("Product not found"));

    public Task<Variant> GetItemAsync(string itemId, CancellationToken cancellationToken = default) =>
        Task.FromResult(database.ProductIdOfItem(itemId) is { } productId
            ? database.Products[productId].Variants[itemId]
            : throw new CommerceException("Item not found"));

    public Task<IReadOnlyDictionary<string, string>> ListProductTypesAsync(CancellationToken cancellationToken = default)
    {
        var types = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var product in database.Products.Values)
        {
            types[product.Name] = product.ProductId;
        }
        return Task.FromResult<IReadOnlyDictionary<string, string>>(types);
    }

    public Task<Order> CancelPendingOrderAsync(string orderId, string reason, CancellationToken cancellationToken = default) =>
        ChangeOrderAndUserAsync(orderId, (order, user) => PendingOrderRules.Cancel(order, user, reason), cancellationToken);

    public Task<Order> ModifyPendingOrderAddressAsync(string orderId, Address address, CancellationToken cancellationToken = default) =>
        ChangeAsync(async session =>
        {
            var order = await session.OrderAsync(orderId, cancellationToken);
            return session.Stage(order, PendingOrderRules.ModifyAddress(order.Value, address));
        }, cancellationToken);

    public Task<Order> ModifyPendingOrderItemsAsync(string orderId, IReadOnlyList<string> itemIds, IReadOnlyList<string> newItemIds, string paymentMethodId, CancellationToken cancellationToken = default) =>
        ChangeOrderAndUserAsync(orderId, (order, user) =>
            PendingOrderRules.ModifyItems(order, user, database.Products, itemIds, newItemIds, paymentMethodId, itemPricing), cancellationToken);

    public Task<Order> ModifyPendingOrderPaymentAsync(string orderId, string paymentMethodId, CancellationToken cancellationToken = default) =>
        ChangeOrderAndUserAsync(orderId, (order, user) => PendingOrderRules.ModifyPayment(order, user, paymentMethodId), cancellationToken);

    public Task<User> ModifyUserAddressAsync(string userId, Address address, CancellationToken cancellationToken = default) =>
        ChangeAsync(async session =>
        {
            var user = await session.UserAsync(userId, cancellationToken);
            return session.Stage(user, user.Value with { Address = address });
        }, cancellationToken);

    public Task<Order> ReturnDeliveredOrderItemsAsync(string orderId, IReadOnlyList<string> itemIds, string paymentMethodId, CancellationToken cancellationToken = default) =>
        ChangeOrderAndUserAsync(orderId, (order, user) => (DeliveredOrderRules.Return(order, user, itemIds, paymentMethodId), user), cancellationToken);

    public Task<Order> ExchangeDeliveredOrderItemsAsync(string orderId, IReadOnlyList<string> itemIds, IReadOnlyList<string> newItemIds, string paymentMethodId, CancellationToken cancellationToken = default) =>
        ChangeOrderAndUserAsync(orderId, (order, user) =>
            (DeliveredOrderRules.Exchange(order, user, database.Products, itemIds, newItemIds, paymentMethodId), user), cancellationToken);

    private Task<Order> ChangeOrderAndUserAsync(string orderId, Func<Order, User, (Order Order, User User)> rule, CancellationToken cancellationToken) =>
        ChangeAsync(async session =>
        {
            var order = await session.OrderAsync(orderId, cancellationToken);
            var user = await session.UserAsync(order.Value.UserId, cancellationToken);
            var (changedOrder, changedUser) = rule(order.Value, user.Value);
            session.Stage(user, changedUser);
            return session.Stage(order, changedOrder);
        }, cancellationToken);

    private async Task<T> ChangeAsync<T>(Func<ChangeSession, Task<T>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var session = new ChangeSession(database, changes);
            var result = await change(session);
            if (await session.CommitAsync(cancellationToken))
            {
                return result;
            }
        }
        throw new InvalidOperationException($"The store record stayed contended after {MaxAttempts} attempts.");
    }
}
