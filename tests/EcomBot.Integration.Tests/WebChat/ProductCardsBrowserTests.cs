using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EcomBot.Integration.Tests.WebChat;

/// <summary>Product cards in the web chat page, in a real browser: pressing "Add to cart" shows the customer's words,
/// never an item id, and the bot adds the item the card showed.</summary>
public sealed partial class ProductCardsBrowserTests : IAsyncLifetime
{
    public const string ScreenshotPath = "/tmp/ecombot-product-cards.png";

    private readonly WebChatBrowser _browser = new();

    public Task InitializeAsync() => _browser.StartAsync();

    public Task DisposeAsync() => _browser.DisposeAsync().AsTask();

    [Fact]
    public async Task PressingAddToCartShowsTheCustomersWordsAndAddsTheItem()
    {
        var page = await _browser.OpenAsync(1280, 800, ScreenshotPath);
        await page.SendAsync("mechanical keyboard");
        var add = page.Chat.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).First;
        await page.WaitAsync(add);
        await add.ClickAsync();
        await page.ShowingAsync("Added Mechanical Keyboard");
        var said = await page.Chat.Locator(".webchat__bubble--from-user .webchat__bubble__content").Last.InnerTextAsync();
        await page.ScreenshotAsync();

        Assert.Matches(@"^Add Mechanical Keyboard \(.+\) to my cart$", said.Trim());
        Assert.DoesNotMatch(ItemId(), await page.Chat.InnerTextAsync());
        Assert.DoesNotContain(page.Console, line => line.StartsWith("error:", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\d{10}")]
    private static partial Regex ItemId();
}
