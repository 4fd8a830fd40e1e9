namespace EcomBot.Bot.Conversation.Support.Handoff;

public static class HandoffServiceExtensions
{
    /// <summary>Registers hand-off to a person (the flow; the hand-off itself is a capability).</summary>
    public static IHostApplicationBuilder AddEcomBotHandoff(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEcomBotFlow<HandoffFlow>();
        return builder;
    }
}
