using EcomBot.Bot.Channels.DirectLine;

namespace EcomBot.Bot.Channels.WebChat;

/// <summary>The web widget: the page at <c>/</c> running Bot Framework Web Chat over the self-hosted Direct Line.</summary>
public static class WebChatServiceExtensions
{
    public static IHostApplicationBuilder AddEcomBotWebChat(this IHostApplicationBuilder builder) =>
        builder.AddEcomBotDirectLine();

    /// <summary>WebSockets for the Direct Line stream, and the page with its scripts from wwwroot.</summary>
    public static WebApplication UseEcomBotWebChat(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }

    public static IEndpointRouteBuilder MapEcomBotWebChat(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapEcomBotDirectLine();
}
