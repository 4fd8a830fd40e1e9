using EcomBot.Bot.Conversation.Support.Identity.Attempts;
using EcomBot.Bot.Conversation.Support.Identity.Codes;
using EcomBot.Bot.Email;
using EcomBot.Bot.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Support.Identity;

public static class IdentityServiceExtensions
{
    /// <summary>
    /// Registers customer identification (<c>Identity:*</c>, checked at start-up): the step every order flow starts with,
    /// the attempt counts that hold guessing back (in Redis when <c>Redis:ConnectionString</c> is set, in process
    /// otherwise), emailed codes (<c>Email:*</c>), the flow for a customer who starts by saying who they are, and the
    /// routing rule that sends such a message there. Register before the policy answers, so an identity-only message is
    /// read as one before it could be read as a question.
    /// </summary>
    public static IHostApplicationBuilder AddEcomBotIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdentityOptions>()
            .BindConfiguration(IdentityOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<IdentityOptions>, IdentityOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddEcomBotEmail();
        builder.AddEcomBotRedis();
        if (RedisOptions.IsConfigured(builder.Configuration))
        {
            builder.Services.AddSingleton<IIdentificationAttemptStore>(sp => new RedisIdentificationAttemptStore(
                sp.GetRequiredService<RedisCircuit>(),
                sp.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix,
                sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            builder.Services.AddSingleton<IIdentificationAttemptStore, InMemoryIdentificationAttemptStore>();
        }
        builder.Services.AddSingleton<IdentificationGuard>();
        builder.Services.AddSingleton<EmailCodeVerification>();
        builder.Services.AddSingleton<CustomerIdentification>();
        builder.Services.AddSingleton<ITurnStart, ChannelVouchedIdentity>();
        builder.Services.AddEcomBotFlow<IdentifyCustomerFlow>();
        builder.Services.AddEcomBotRoutingRule<IdentityOnlyRule>();
        return builder;
    }
}
