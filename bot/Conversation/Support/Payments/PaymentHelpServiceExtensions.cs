namespace EcomBot.Bot.Conversation.Support.Payments;

public static class PaymentHelpServiceExtensions
{
    /// <summary>Registers the answer to payment problems. Needs the knowledge base (<c>AddEcomBotKnowledge</c>).</summary>
    public static IHostApplicationBuilder AddEcomBotPaymentHelp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEcomBotFlow<PaymentIssueFlow>();
        return builder;
    }
}
