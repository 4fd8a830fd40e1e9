using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Channels.WebChat;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Bot.Conversation.Support.Account;
using EcomBot.Bot.Conversation.Support.Feedback;
using EcomBot.Bot.Conversation.Support.Handoff;
using EcomBot.Bot.Conversation.Support.Invoices;
using EcomBot.Bot.Conversation.Support.Newsletter;
using EcomBot.Bot.Conversation.Support.Ordering;
using EcomBot.Bot.Conversation.Support.Payments;
using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Bot.Conversation.Support.Refunds;
using EcomBot.Bot.Conversation.Support.Orders;
using EcomBot.Bot.Health;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Privacy;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Knowledge;
using EcomBot.Bot.Recommendations;

namespace EcomBot.Bot.Hosting;

/// <summary>Everything the bot registers, in one place, so Program.cs stays a table of contents.</summary>
public static class EcomBotComposition
{
    public static IHostApplicationBuilder AddEcomBot(this IHostApplicationBuilder builder)
    {
        builder.AddEcomBotHosting();
        builder.AddEcomBotHealth();
        builder.AddEcomBotCommerce();
        builder.AddEcomBotConversation();
        builder.AddEcomBotHandoff();
        builder.AddEcomBotOrderSupport();
        builder.AddEcomBotRefundStatus();
        builder.AddEcomBotAccountSupport();
        builder.AddEcomBotInvoices();
        builder.AddEcomBotNewsletter();
        builder.AddEcomBotFeedback();
        builder.AddEcomBotPaymentHelp();
        builder.AddEcomBotOrderingHelp();
        builder.AddEcomBotRedisStorage();
        builder.AddEcomBotProfiles();
        builder.AddEcomBotIntentRouting();
        builder.AddEcomBotKnowledge();
        builder.AddEcomBotRecommendations();
        builder.AddEcomBotDiscovery();
        builder.AddEcomBotPolicyAnswers();
        builder.AddEcomBotFramework();
        builder.AddEcomBotWebChat();
        return builder;
    }

    public static IEndpointRouteBuilder MapEcomBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapEcomBotHealth();
        endpoints.MapBotEndpoints();
        endpoints.MapEcomBotProfiles();
        endpoints.MapEcomBotWebChat();
        endpoints.MapEcomBotHelpArticles();
        return endpoints;
    }
}
