namespace EcomBot.Bot.Conversation.Support.Newsletter;

public static class NewsletterServiceExtensions
{
    /// <summary>Registers newsletter subscribe and unsubscribe (STOP). Needs profiles (<c>AddEcomBotProfiles</c>).</summary>
    public static IHostApplicationBuilder AddEcomBotNewsletter(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEcomBotFlow<NewsletterFlow>();
        return builder;
    }
}
