using EcomBot.Bot.Profiles.Privacy;
using EcomBot.Bot.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Ending;

public static class ConversationEndingServiceExtensions
{
    /// <summary>
    /// Registers when a conversation ends (<c>Conversation:IdleMinutes</c>, <c>Conversation:IdleSweepSeconds</c>, checked at
    /// start-up): the goodbye flow, the turn steps that end a conversation and notice an idle one, the open conversations
    /// (in Redis when <c>Redis:ConnectionString</c> is set, in process otherwise), the idle sweep, and the publisher that
    /// hands each end to every registered <see cref="IConversationEndListener"/>. Register right after the conversation,
    /// so an idle conversation is cleared before any other turn step sees it.
    /// </summary>
    public static IHostApplicationBuilder AddEcomBotConversationEnding(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationEndingOptions>()
            .BindConfiguration(ConversationEndingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddEcomBotRedis();
        if (RedisOptions.IsConfigured(builder.Configuration))
        {
            builder.Services.AddSingleton<IOpenConversations>(sp => new RedisOpenConversations(
                sp.GetRequiredService<RedisCircuit>(), sp.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix));
        }
        else
        {
            builder.Services.AddSingleton<IOpenConversations, InMemoryOpenConversations>();
        }
        builder.Services.AddSingleton<ConversationEndPublisher>();
        builder.Services.AddSingleton<ConversationEnding>();
        builder.Services.AddSingleton<ITurnStart>(sp => sp.GetRequiredService<ConversationEnding>());
        builder.Services.AddSingleton<ITurnFinish>(sp => sp.GetRequiredService<ConversationEnding>());
        builder.Services.AddSingleton<IdleConversationSweep>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IdleConversationSweep>());
        builder.Services.AddSingleton<OpenConversationsPersonalData>();
        builder.Services.AddSingleton<IErasable>(sp => sp.GetRequiredService<OpenConversationsPersonalData>());
        builder.Services.AddSingleton<IExportable>(sp => sp.GetRequiredService<OpenConversationsPersonalData>());
        builder.Services.AddEcomBotFlow<GoodbyeFlow>();
        return builder;
    }
}
