using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Conversation.Support.Identity.Attempts;
using EcomBot.Bot.Conversation.Support.Identity.Codes;
using EcomBot.Bot.Email;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Support.Identity;

/// <summary>Customer identification as the app registers it by default (EmailOrNameZip, in-process attempt counts), for
/// harnesses that build flows by hand; codes go to a pickup folder of the test's own.</summary>
internal static class TestIdentification
{
    public static CustomerIdentification Create(
        ICommerceStore store, TimeProvider? clock = null, IdentityOptions? settings = null, IIdentificationAttemptStore? attempts = null)
    {
        clock ??= TimeProvider.System;
        var options = Options.Create(settings ?? new IdentityOptions());
        var environment = new HostingEnvironment { EnvironmentName = "Development", ContentRootPath = Path.GetTempPath() };
        var email = Options.Create(new EmailOptions { PickupDirectory = Path.Combine(Path.GetTempPath(), $"ecombot-mail-{Guid.NewGuid():N}") });
        var guard = new IdentificationGuard(attempts ?? new InMemoryIdentificationAttemptStore(clock), options, clock, NullLogger<IdentificationGuard>.Instance);
        var sender = new PickupFolderEmailSender(email, environment, clock, NullLogger<PickupFolderEmailSender>.Instance);
        var codes = new EmailCodeVerification(store, sender, guard, options, email, environment, clock, NullLogger<EmailCodeVerification>.Instance);
        return new CustomerIdentification(store, guard, codes, options);
    }
}
