namespace EcomBot.Bot.Conversation.Support.Account;

public static class AccountSupportServiceExtensions
{
    /// <summary>Registers the account answers: sign-up, log-in and password questions, account deletion, and the default
    /// shipping address. Needs customer identification (<c>AddEcomBotOrderSupport</c>).</summary>
    public static IHostApplicationBuilder AddEcomBotAccountSupport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEcomBotFlow<AccountQuestionsFlow>();
        builder.Services.AddEcomBotFlow<DeleteAccountFlow>();
        builder.Services.AddEcomBotFlow<DefaultAddressFlow>();
        return builder;
    }
}
