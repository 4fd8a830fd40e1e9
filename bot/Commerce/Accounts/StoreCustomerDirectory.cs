namespace EcomBot.Bot.Commerce.Accounts;

/// <summary>Looks customers up in the store by email, or by name and the zip of their current address.</summary>
public sealed class StoreCustomerDirectory(ICommerceStore store) : ICustomerDirectory
{
    public async Task<string?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.FindUserIdByEmailAsync(email.Trim(), cancellationToken);
        }
        catch (CommerceException)
        {
            return null;
        }
    }

    public async Task<string?> FindByNameAndZipAsync(string firstName, string lastName, string zip, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.FindUserIdByNameZipAsync(firstName.Trim(), lastName.Trim(), zip.Trim(), cancellationToken);
        }
        catch (CommerceException)
        {
            return null;
        }
    }

    public async Task<string?> FindByIdAsync(string customerId, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await store.GetUserAsync(customerId, cancellationToken)).UserId;
        }
        catch (CommerceException)
        {
            return null;
        }
    }
}
