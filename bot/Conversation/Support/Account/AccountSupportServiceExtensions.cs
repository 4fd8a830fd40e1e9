namespace EcomBot.Bot.Conversation.Support.Account;

public static class AccountSupportServiceExtensions
{
    /// <summary>Registers the account answers: sign-up, log-in and password questions, account deletion, the default
    /// shipping address, and the customer's own amounts (gift card balances, refunds, totals). Needs customer identification (<c>AddEcomBotOrderSupport</c>).</summary>
    public static IHostApplicationBuilder AddEcomBotAccountSupport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEcomBotFlow<AccountQuestionsFlow>();
        builder.Services.AddEcomBotFlow<DeleteAccountFlow>();
        builder.Services.AddEcomBotFlow<DefaultAddressFlow>();
        builder.Services.AddEcomBotFlow<AccountAmountsFlow>();
        // Before the help articles' redirect: "how much will I get back in total?" is about this customer's money.
        builder.Services.AddEcomBotRoutingRule<AmountQuestionRule>();
        return builder;
    }
}
