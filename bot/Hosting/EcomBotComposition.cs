using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Handoff;
using EcomBot.Bot.Knowledge;

namespace EcomBot.Bot.Hosting;

/// <summary>Everything the bot registers, in one place, so Program.cs stays a table of contents.</summary>
public static class EcomBotComposition
{
    public static IHostApplicationBuilder AddEcomBot(this IHostApplicationBuilder builder)
    {
        builder.AddEcomBotIntentRouting();
        builder.AddEcomBotConversation();
        builder.AddEcomBotHandoff();
        builder.AddEcomBotKnowledge();
        builder.AddEcomBotFramework();
        return builder;
    }

    public static IEndpointRouteBuilder MapEcomBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapBotEndpoints();
        return endpoints;
    }
}
