namespace EcomBot.Bot.Conversation.Support.Handoff;

public static class HandoffServiceExtensions
{
    /// <summary>Registers hand-off to a person: the flow, the summary builder and the webhook publisher.</summary>
    public static IHostApplicationBuilder AddEcomBotHandoff(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HandoffOptions>()
            .BindConfiguration(HandoffOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHttpClient<HandoffPublisher>(http => http.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton<HumanHandoff>();
        builder.Services.AddSingleton<IConversationFlow, HandoffFlow>();
        return builder;
    }
}
