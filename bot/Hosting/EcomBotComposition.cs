using EcomBot.Bot.Assistant;
using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Capabilities;
using EcomBot.Bot.Channels.WebChat;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Bot.Conversation.Ending;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Account;
using EcomBot.Bot.Conversation.Support.Feedback;
using EcomBot.Bot.Conversation.Support.Handoff;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Conversation.Support.Invoices;
using EcomBot.Bot.Conversation.Support.Newsletter;
using EcomBot.Bot.Conversation.Support.Ordering;
using EcomBot.Bot.Conversation.Support.Orders;
using EcomBot.Bot.Conversation.Support.Payments;
using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Bot.Conversation.Support.Refunds;
using EcomBot.Bot.Health;
using EcomBot.Bot.Knowledge;
using EcomBot.Bot.Plugins;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Knowledge.HelpArticles;
using EcomBot.Bot.Profiles.Privacy;

namespace EcomBot.Bot.Hosting;

/// <summary>Everything the bot registers, in one place, so Program.cs stays a table of contents. Inner layers first:
/// the store, state, profiles and knowledge; the capabilities over them; the plugins over those; then the
/// conversation (router and flows) and the channel edge.</summary>
public static class EcomBotComposition
{
    public static IHostApplicationBuilder AddEcomBot(this IHostApplicationBuilder builder)
    {
        builder.AddEcomBotHosting();
        builder.AddEcomBotHealth();
        builder.AddEcomBotCommerce();
        builder.AddEcomBotRedisStorage();
        builder.AddEcomBotProfiles();
        builder.AddEcomBotIntentRouting();
        builder.AddEcomBotKnowledge();
        builder.AddEcomBotCapabilities();
        builder.AddEcomBotPlugins();

        builder.AddEcomBotConversation();
        builder.AddEcomBotAssistant();
        builder.AddEcomBotConversationEnding();
        // Routing rules are consulted in registration order: identity before rule questions.
        builder.AddEcomBotIdentity();
        builder.AddEcomBotHandoff();
        builder.AddEcomBotOrderSupport();
        builder.AddEcomBotRefundStatus();
        builder.AddEcomBotAccountSupport();
        builder.AddEcomBotInvoices();
        builder.AddEcomBotNewsletter();
        builder.AddEcomBotFeedback();
        builder.AddEcomBotPaymentHelp();
        builder.AddEcomBotOrderingHelp();
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
