namespace EcomBot.Bot.Conversation.Support.Feedback;

public static class FeedbackServiceExtensions
{
    /// <summary>Registers complaints (with the offer of a person) and review requests.</summary>
    public static IHostApplicationBuilder AddEcomBotFeedback(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEcomBotFlow<ComplaintFlow>();
        builder.Services.AddEcomBotFlow<ReviewFlow>();
        return builder;
    }
}
