using EcomBot.Bot.Conversation.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcomBot.Bot.Conversation;

public static class ConversationServiceExtensions
{
    /// <summary>Registers the router. Flows register themselves as <see cref="IConversationFlow"/>.</summary>
    public static IHostApplicationBuilder AddEcomBotConversation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationRouterOptions>()
            .BindConfiguration(ConversationRouterOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IIntentClassifier, UntrainedIntentClassifier>();
        builder.Services.AddSingleton<ConversationRouter>();
        return builder;
    }
}
