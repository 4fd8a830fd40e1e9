namespace EcomBot.Bot.Conversation.Support.Refunds;

public static class RefundStatusServiceExtensions
{
    /// <summary>Registers the refund status flow ("where is my refund?"); it shares the order support's <c>OrderChoice</c>.</summary>
    public static IHostApplicationBuilder AddEcomBotRefundStatus(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEcomBotFlow<RefundStatusFlow>();
        return builder;
    }
}
