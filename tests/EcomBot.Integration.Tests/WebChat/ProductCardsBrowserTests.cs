using System.Text.RegularExpressions;
using EcomBot.Integration.Tests.Hosting;
using Microsoft.Playwright;

namespace EcomBot.Integration.Tests.WebChat;

/// <summary>Product cards in the web chat page, in a real browser: pressing "Add to cart" shows the customer's words,
/// never an item id, and the bot adds the item the card showed.</summary>
public sealed partial class ProductCardsBrowserTests : IDisposable
{
    public const string ScreenshotPath = "/tmp/ecombot-product-cards.png";
    private const float Patience = 30_000;

    private readonly EcomBotApp _app = new(onKestrel: true);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task PressingAddToCartShowsTheCustomersWordsAndAddsTheItem()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        await page.GotoAsync(_app.ServerAddress.AbsoluteUri);
        var chat = page.Locator("#webchat");
        string said;
        try
        {
            await Bubble(chat, "What can I do for you?").WaitForAsync(new() { Timeout = Patience });
            var sendBox = chat.Locator("[data-id='webchat-sendbox-input']");
            await sendBox.FillAsync("mechanical keyboard");
            await sendBox.PressAsync("Enter");
            var add = chat.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).First;
            await add.WaitForAsync(new() { Timeout = Patience });
            await add.ClickAsync();
            await Bubble(chat, "Added Mechanical Keyboard").WaitForAsync(new() { Timeout = Patience });
            said = await chat.Locator(".webchat__bubble--from-user .webchat__bubble__content").Last.InnerTextAsync();
        }
        catch (TimeoutException timeout)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath });
            throw new TimeoutException($"{timeout.Message}\nScreenshot: {ScreenshotPath}\nBrowser console:\n{string.Join('\n', console)}", timeout);
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath });

        Assert.Matches(@"^Add Mechanical Keyboard \(.+\) to my cart$", said.Trim());
        Assert.DoesNotMatch(ItemId(), await chat.InnerTextAsync());
        Assert.DoesNotContain(console, line => line.StartsWith("error:", StringComparison.Ordinal));
    }

    /// <summary>The last chat bubble showing <paramref name="text"/> (Web Chat also keeps hidden copies for screen readers).</summary>
    private static ILocator Bubble(ILocator chat, string text) =>
        chat.Locator(".webchat__bubble__content", new() { HasText = text }).Last;

    [GeneratedRegex(@"\d{10}")]
    private static partial Regex ItemId();
}
