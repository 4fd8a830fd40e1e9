namespace EcomBot.Bot.Conversation.Support.Identity;

public static class IdentityServiceExtensions
{
    /// <summary>Registers customer identification: the step every order flow starts with, the flow for a customer who
    /// starts by saying who they are, and the routing rule that sends such a message there. Register before the
    /// policy answers, so an identity-only message is read as one before it could be read as a question.</summary>
    public static IHostApplicationBuilder AddEcomBotIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CustomerIdentification>();
        builder.Services.AddEcomBotFlow<IdentifyCustomerFlow>();
        builder.Services.AddEcomBotRoutingRule<IdentityOnlyRule>();
        return builder;
    }
}
