using EcomBot.Bot.Conversation.Support.Identity;

namespace EcomBot.Bot.Conversation.Support.Orders;

public static class OrderSupportServiceExtensions
{
    /// <summary>Registers customer identification (also on its own, for a customer who starts by saying who they are) and the order support flows (status and tracking, cancel, return, exchange or change items, shipping address, payment method).</summary>
    public static IHostApplicationBuilder AddEcomBotOrderSupport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CustomerIdentification>();
        builder.Services.AddSingleton<OrderChoice>();
        builder.Services.AddSingleton<ItemSwap>();
        builder.Services.AddSingleton<IConversationFlow, IdentifyCustomerFlow>();
        builder.Services.AddSingleton<IConversationFlow, OrderStatusFlow>();
        builder.Services.AddSingleton<IConversationFlow, CancelOrderFlow>();
        builder.Services.AddSingleton<IConversationFlow, ReturnItemsFlow>();
        builder.Services.AddSingleton<IConversationFlow, ChangeItemsFlow>();
        builder.Services.AddSingleton<IConversationFlow, ModifyOrderAddressFlow>();
        builder.Services.AddSingleton<IConversationFlow, ChangePaymentFlow>();
        return builder;
    }
}
