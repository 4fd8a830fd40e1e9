using Microsoft.Playwright;

namespace EcomBot.Integration.Tests.WebChat;

/// <summary>
/// The web chat page in one browser tab, used as a customer uses it: type, press Enter, wait for the bot's bubble.
/// The browser console is kept, and a wait that times out leaves a screenshot and the console in its message.
/// </summary>
internal sealed class WebChatPage
{
    private const float Patience = 30_000;
    private readonly string _screenshotPath;
    private readonly List<string> _console = [];
    private readonly List<string> _sockets = [];

    public WebChatPage(IPage page, string screenshotPath)
    {
        Page = page;
        _screenshotPath = screenshotPath;
        Chat = page.Locator("#webchat");
        page.Console += (_, message) => _console.Add($"{message.Type}: {message.Text}");
        page.WebSocket += (_, socket) => _sockets.Add(socket.Url);
    }

    public IPage Page { get; }

    /// <summary>The Web Chat widget.</summary>
    public ILocator Chat { get; }

    /// <summary>The browser console's lines so far, each as "type: text".</summary>
    public IReadOnlyList<string> Console => _console;

    /// <summary>The addresses of the web sockets the page opened.</summary>
    public IReadOnlyList<string> Sockets => _sockets;

    /// <summary>Sends <paramref name="text"/> as a customer types it and returns the bot's next bubble that shows
    /// <paramref name="expected"/>.</summary>
    public async Task<ILocator> SayAsync(string text, string expected)
    {
        var before = await Bubbles(expected).CountAsync();
        await SendAsync(text);
        var reply = Bubbles(expected).Nth(before);
        await WaitAsync(reply);
        return reply;
    }

    /// <summary>Types <paramref name="text"/> into the send box and presses Enter.</summary>
    public async Task SendAsync(string text)
    {
        var sendBox = Chat.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
    }

    /// <summary>Waits until a bubble shows <paramref name="text"/> and returns the last one that does.</summary>
    public async Task<ILocator> ShowingAsync(string text)
    {
        var bubble = Bubbles(text).Last;
        await WaitAsync(bubble);
        return bubble;
    }

    /// <summary>Waits for <paramref name="locator"/> to appear.</summary>
    public async Task WaitAsync(ILocator locator)
    {
        try
        {
            await locator.WaitForAsync(new() { Timeout = Patience });
        }
        catch (TimeoutException timeout)
        {
            await ScreenshotAsync();
            throw new TimeoutException($"{timeout.Message}\nScreenshot: {_screenshotPath}\nBrowser console:\n{string.Join('\n', _console)}", timeout);
        }
    }

    public Task ScreenshotAsync() => Page.ScreenshotAsync(new PageScreenshotOptions { Path = _screenshotPath });

    // Web Chat also keeps hidden copies of bubbles for screen readers; the visible ones are those counted here in order.
    private ILocator Bubbles(string text) => Chat.Locator(".webchat__bubble__content", new() { HasText = text });
}
