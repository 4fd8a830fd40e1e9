using EcomBot.Bot.Commerce.Accounts;

namespace EcomBot.Bot.Capabilities.Identity;

/// <summary>Finds the store customer matching the details a customer gave, by the store's identification policy
/// (email, or first name, last name and zip). The identification step decides what to do with a match.</summary>
public sealed class CustomerLookup(ICustomerDirectory directory)
{
    public Task<string?> ByEmailAsync(string email, CancellationToken cancellationToken) =>
        directory.FindByEmailAsync(email, cancellationToken);

    public Task<string?> ByNameAndZipAsync(string firstName, string lastName, string zip, CancellationToken cancellationToken) =>
        directory.FindByNameAndZipAsync(firstName, lastName, zip, cancellationToken);

    public Task<string?> ByIdAsync(string customerId, CancellationToken cancellationToken) =>
        directory.FindByIdAsync(customerId, cancellationToken);
}
