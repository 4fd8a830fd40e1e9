namespace EcomBot.Bot.Commerce.Accounts;

/// <summary>Finds which customer a conversation speaks for, by the details the store's policy accepts. Returns only
/// the customer id, or null when no account matches; nothing else about the account.</summary>
public interface ICustomerDirectory
{
    Task<string?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    Task<string?> FindByNameAndZipAsync(string firstName, string lastName, string zip, CancellationToken cancellationToken = default);

    /// <summary>The customer id itself when an account has it (a channel that vouches for a signed-in shopper names the
    /// account by its id), else null.</summary>
    Task<string?> FindByIdAsync(string customerId, CancellationToken cancellationToken = default);
}
