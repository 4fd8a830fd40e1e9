using EcomBot.Bot.Email;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>Checks what spans two sections: codes sent into a pickup folder reach nobody outside Development.</summary>
public sealed class IdentityOptionsValidator(IHostEnvironment environment, IOptions<EmailOptions> email) : IValidateOptions<IdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, IdentityOptions options) =>
        options.Mode == IdentityMode.VerifiedEmail && email.Value.Delivery == EmailDelivery.PickupFolder && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail(
                "Identity:Mode is VerifiedEmail, but Email:Delivery is PickupFolder, which delivers no code to a customer outside "
                + "Development: set Email:Delivery to Smtp (with Email:SmtpHost), or use Identity:Mode EmailOrNameZip.")
            : ValidateOptionsResult.Success;
}
