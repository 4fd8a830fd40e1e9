namespace EcomBot.Bot.Conversation.Support.Orders;

public static class OrderSupportServiceExtensions
{
    /// <summary>Registers the order support flows (status and tracking, cancel, return, exchange or change items, shipping address, payment method); customer identification comes from <c>AddEcomBotIdentity</c>.</summary>
    public static IHostApplicationBuilder AddEcomBotOrderSupport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OrderChoice>();
        builder.Services.AddSingleton<ItemSwap>();
        builder.Services.AddSingleton<IConversationFlow, OrderStatusFlow>();
        builder.Services.AddSingleton<IConversationFlow, CancelOrderFlow>();
        builder.Services.AddSingleton<IConversationFlow, ReturnItemsFlow>();
        builder.Services.AddSingleton<IConversationFlow, ChangeItemsFlow>();
        builder.Services.AddSingleton<IConversationFlow, ModifyOrderAddressFlow>();
        builder.Services.AddSingleton<IConversationFlow, ChangePaymentFlow>();
        return builder;
    }
}
