using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Commerce.Accounts;

/// <summary>Opens one customer's account: every read and change is confined to that customer's own records.</summary>
public interface ICustomerAccounts
{
    ICustomerAccount Open(string customerId);
}

/// <summary>
/// The store as seen by one identified customer. Another customer's order is answered exactly like one that does not
/// exist ("Order not found"). Changes are described by an <see cref="AccountChange"/>: <see cref="PreviewAsync"/> works
/// out what it would do to the current records without writing anything, <see cref="ApplyAsync"/> carries it out
/// under the store's rules (refusals throw <see cref="CommerceException"/> with the store's own wording).
/// </summary>
public interface ICustomerAccount
{
    string CustomerId { get; }

    Task<User> GetProfileAsync(CancellationToken cancellationToken = default);

    /// <summary>The customer's orders, in the order the store lists them (oldest first).</summary>
    Task<IReadOnlyList<Order>> ListOrdersAsync(CancellationToken cancellationToken = default);

    Task<Order> GetOrderAsync(string orderId, CancellationToken cancellationToken = default);

    Task<ChangeOutcome> PreviewAsync(AccountChange change, CancellationToken cancellationToken = default);

    Task<ChangeOutcome> ApplyAsync(AccountChange change, CancellationToken cancellationToken = default);
}
