using EcomBot.Bot.Conversation.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcomBot.Bot.Conversation;

public static class ConversationServiceExtensions
{
    /// <summary>Registers the router, the flow catalogue and the turn sessions. Flows register themselves as
    /// <see cref="IConversationFlow"/> (see <see cref="AddEcomBotFlow{TFlow}"/>).</summary>
    public static IHostApplicationBuilder AddEcomBotConversation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationRouterOptions>()
            .BindConfiguration(ConversationRouterOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IIntentClassifier, UntrainedIntentClassifier>();
        builder.Services.AddSingleton<FlowCatalog>();
        builder.Services.AddSingleton<TurnSessions>();
        builder.Services.AddSingleton<ConversationRouter>();
        // No chat model unless the assistant registration (AI:*) puts one in.
        builder.Services.TryAddSingleton<Assistant.IAssistantPath, Assistant.NoAssistant>();
        return builder;
    }

    /// <summary>Registers a flow: the router finds it by its descriptor.</summary>
    public static IServiceCollection AddEcomBotFlow<TFlow>(this IServiceCollection services)
        where TFlow : class, IConversationFlow => services.AddSingleton<IConversationFlow, TFlow>();

    /// <summary>Registers a routing rule (see <see cref="IRoutingRule"/>); rules are consulted in registration order.</summary>
    public static IServiceCollection AddEcomBotRoutingRule<TRule>(this IServiceCollection services)
        where TRule : class, IRoutingRule => services.AddSingleton<IRoutingRule, TRule>();
}
