namespace EcomBot.Bot.Conversation.Support.Orders;

public static class OrderSupportServiceExtensions
{
    /// <summary>Registers the order support flows (status and tracking, cancel, return, exchange or change items,
    /// shipping address, payment method) and what they share. Needs identification registered.</summary>
    public static IHostApplicationBuilder AddEcomBotOrderSupport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OrderChoice>();
        builder.Services.AddEcomBotFlow<OrderStatusFlow>();
        builder.Services.AddEcomBotFlow<CancelOrderFlow>();
        builder.Services.AddEcomBotFlow<ReturnItemsFlow>();
        builder.Services.AddEcomBotFlow<ChangeItemsFlow>();
        builder.Services.AddEcomBotFlow<ModifyOrderAddressFlow>();
        builder.Services.AddEcomBotFlow<ChangePaymentFlow>();
        // An order id named is about orders, whatever product words come with it.
        builder.Services.AddEcomBotRoutingRule<OrderIdNamedRule>();
        // Before the order in focus: "change my default address to the one that order was sent to" is the account's.
        builder.Services.AddEcomBotRoutingRule<Addresses.AddressRequestRule>();
        // Before the help articles' redirect (registered with policy answers): "what's the tracking number?" right after
        // an order was shown is about that order.
        builder.Services.AddEcomBotRoutingRule<OrderInFocusRule>();
        // Also before the redirect: "can I change the 1000-piece jigsaw to an easier one?" asks for that item's change.
        builder.Services.AddEcomBotRoutingRule<OrderRequestRule>();
        return builder;
    }
}
