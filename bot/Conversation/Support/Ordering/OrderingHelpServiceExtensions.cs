namespace EcomBot.Bot.Conversation.Support.Ordering;

public static class OrderingHelpServiceExtensions
{
    /// <summary>Registers the explanation of how ordering works (search, cart, check-out).</summary>
    public static IHostApplicationBuilder AddEcomBotOrderingHelp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEcomBotFlow<HowToOrderFlow>();
        return builder;
    }
}
