using EcomBot.Integration.Tests.Hosting;
using Microsoft.Playwright;

namespace EcomBot.Integration.Tests.WebChat;

/// <summary>
/// What every browser test starts from: the bot listening on a socket and Debian's Chromium, headless, driven by
/// Playwright. Each test opens the web chat page at the screen size it needs (<see cref="OpenAsync"/>).
/// </summary>
internal sealed class WebChatBrowser : IAsyncDisposable
{
    private readonly EcomBotApp _app = new(onKestrel: true);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri ServerAddress => _app.ServerAddress;

    public async Task StartAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    /// <summary>A new tab showing the web chat page at <paramref name="width"/> x <paramref name="height"/>, once the
    /// bot's welcome has arrived.</summary>
    public async Task<WebChatPage> OpenAsync(int width, int height, string screenshotPath)
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var chat = new WebChatPage(page, screenshotPath);
        await page.GotoAsync(_app.ServerAddress.AbsoluteUri);
        await chat.ShowingAsync("What can I do for you?");
        return chat;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _app.Dispose();
    }
}
