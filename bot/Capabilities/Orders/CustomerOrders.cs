using EcomBot.Bot.Capabilities.Session;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Capabilities.Orders;

/// <summary>The identified customer's orders and account details (read only; changes go through <see cref="AccountChanges"/>).</summary>
public sealed class CustomerOrders(ICustomerAccounts accounts)
{
    public Task<IReadOnlyList<Order>> ListAsync(CustomerSession session, CancellationToken cancellationToken) =>
        accounts.Open(session.RequireCustomer()).ListOrdersAsync(cancellationToken);

    public Task<Order> GetAsync(CustomerSession session, string orderId, CancellationToken cancellationToken) =>
        accounts.Open(session.RequireCustomer()).GetOrderAsync(orderId, cancellationToken);

    public Task<User> GetAccountAsync(CustomerSession session, CancellationToken cancellationToken) =>
        accounts.Open(session.RequireCustomer()).GetProfileAsync(cancellationToken);
}
