using EcomBot.Integration.Tests.Hosting;
using Microsoft.Playwright;

namespace EcomBot.Integration.Tests.WebChat;

/// <summary>The help widget in a real browser: Debian's Chromium, driven by Playwright, against the bot on a socket.</summary>
public sealed class HelpWidgetBrowserTests : IAsyncLifetime
{
    public const string ScreenshotPath = "/tmp/ecombot-help-widget.png";
    private const float Patience = 30_000;

    private readonly EcomBotApp _app = new(onKestrel: true);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task ACustomerSeesTheWelcomeAsksForHelpAndReadsTheAnswer()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);

        await page.GotoAsync(_app.ServerAddress.AbsoluteUri);
        var chat = page.Locator("#webchat");
        try
        {
            await Bubble(chat, "What can I do for you?").WaitForAsync(new() { Timeout = Patience });
            var sendBox = chat.Locator("[data-id='webchat-sendbox-input']");
            await sendBox.FillAsync("help");
            await sendBox.PressAsync("Enter");
            await Bubble(chat, "Here is what I can do").WaitForAsync(new() { Timeout = Patience });
        }
        catch (TimeoutException timeout)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath });
            throw new TimeoutException($"{timeout.Message}\nScreenshot: {ScreenshotPath}\nBrowser console:\n{string.Join('\n', console)}", timeout);
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath });

        Assert.True(await chat.Locator(".webchat__bubble--from-user .webchat__bubble__content", new() { HasText = "help" }).Last.IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Track my order" }).Last.IsVisibleAsync());
        Assert.Contains(sockets, url => url.Contains("/v3/directline/conversations/", StringComparison.Ordinal));
        Assert.DoesNotContain(console, line => line.StartsWith("error:", StringComparison.Ordinal));
    }

    /// <summary>The last chat bubble showing <paramref name="text"/> (Web Chat also keeps hidden copies for screen readers).</summary>
    private static ILocator Bubble(ILocator chat, string text) =>
        chat.Locator(".webchat__bubble__content", new() { HasText = text }).Last;
}
