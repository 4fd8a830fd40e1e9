using Microsoft.Playwright;

namespace EcomBot.Integration.Tests.WebChat;

/// <summary>The help widget in a real browser: Debian's Chromium, driven by Playwright, against the bot on a socket.</summary>
public sealed class HelpWidgetBrowserTests : IAsyncLifetime
{
    public const string ScreenshotPath = "/tmp/ecombot-help-widget.png";

    private readonly WebChatBrowser _browser = new();

    public Task InitializeAsync() => _browser.StartAsync();

    public Task DisposeAsync() => _browser.DisposeAsync().AsTask();

    [Fact]
    public async Task ACustomerSeesTheWelcomeAsksForHelpAndReadsTheAnswer()
    {
        var page = await _browser.OpenAsync(1280, 800, ScreenshotPath);
        await page.SayAsync("help", "Here is what I can do");
        await page.ScreenshotAsync();

        Assert.True(await page.Chat.Locator(".webchat__bubble--from-user .webchat__bubble__content", new() { HasText = "help" }).Last.IsVisibleAsync());
        Assert.True(await page.Page.GetByRole(AriaRole.Button, new() { Name = "Track my order" }).Last.IsVisibleAsync());
        Assert.Contains(page.Sockets, url => url.Contains("/v3/directline/conversations/", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Console, line => line.StartsWith("error:", StringComparison.Ordinal));
    }
}
