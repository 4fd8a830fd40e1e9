using System.ComponentModel;
using EcomBot.Bot.Capabilities.Identity;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins;

/// <summary>Finding the store customer a conversation speaks for. Used by the identification step only (never offered
/// to a model): it decides, by the store's policy and its attempt limits, whether a match identifies the customer.</summary>
[FlowOnly]
public sealed class IdentityPlugin(CustomerLookup lookup)
{
    public const string FindByEmail = "find_user_id_by_email";
    public const string FindByNameZip = "find_user_id_by_name_zip";
    public const string FindVouched = "find_vouched_user_id";

    [KernelFunction(FindByEmail), Description("The customer id of the account with this email, or null.")]
    public Task<string?> FindByEmailAsync([Description("The email address.")] string email, CancellationToken cancellationToken) =>
        lookup.ByEmailAsync(email, cancellationToken);

    [KernelFunction(FindByNameZip), Description("The customer id of the account with this name and the zip code of its address, or null.")]
    public Task<string?> FindByNameZipAsync(
        [Description("First name.")] string firstName,
        [Description("Last name.")] string lastName,
        [Description("Five-digit zip code.")] string zip,
        CancellationToken cancellationToken) =>
        lookup.ByNameAndZipAsync(firstName, lastName, zip, cancellationToken);

    [KernelFunction(FindVouched), Description("The customer id of the account the channel vouches for in this session (a signed-in shopper), or null when it vouches for nobody or no account has that id.")]
    public Task<string?> FindVouchedAsync(Kernel kernel, CancellationToken cancellationToken) =>
        KernelSession.Of(kernel).VouchedCustomerId is { } vouched ? lookup.ByIdAsync(vouched, cancellationToken) : Task.FromResult<string?>(null);
}
