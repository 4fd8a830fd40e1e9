using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Commerce.Accounts;

/// <summary>Opens customer-scoped accounts over the store (see <see cref="CustomerAccount"/>).</summary>
public sealed class StoreCustomerAccounts(ICommerceStore store, StoreDatabase database, IOptions<CommerceOptions> options) : ICustomerAccounts
{
    public ICustomerAccount Open(string customerId) =>
        string.IsNullOrWhiteSpace(customerId)
            ? throw new ArgumentException("An account is opened for an identified customer only.", nameof(customerId))
            : new CustomerAccount(store, customerId, database.Products, options.Value.ModifiedItemPricing);
}
