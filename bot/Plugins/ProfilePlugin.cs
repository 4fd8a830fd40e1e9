using System.ComponentModel;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins;

/// <summary>The authenticated customer's account details as kernel functions, built per turn for that
/// customer: name, email, default address, saved payment methods and order ids.</summary>
public sealed class ProfilePlugin(CustomerAccount account, ILogger<ProfilePlugin>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ProfilePlugin>.Instance;

    [KernelFunction("get_my_profile"), Description("Gets the customer's name, email, default address, saved payment methods (with gift card balances) and order ids.")]
    public Task<string> GetMyProfileAsync(CancellationToken cancellationToken = default) =>
        PluginCall.RunAsync(() => account.GetProfileAsync(cancellationToken), _logger, "get_my_profile");

    [KernelFunction("modify_my_default_address"), Description("Changes the customer's default address (not the address of existing orders). Only after the customer said yes.")]
    public Task<string> ModifyMyDefaultAddressAsync(
        [Description("First address line, such as '123 Main St'.")] string address1,
        [Description("Second address line, such as 'Apt 1', or empty.")] string address2,
        [Description("City.")] string city,
        [Description("State, such as 'CA'.")] string state,
        [Description("Country, such as 'USA'.")] string country,
        [Description("Zip code, such as '12345'.")] string zip,
        CancellationToken cancellationToken = default) =>
        PluginCall.RunAsync(() => account.ModifyAddressAsync(new Address(address1, address2, city, country, state, zip), cancellationToken),
            _logger, "modify_my_default_address");
}
