using System.Text.Json;
using EcomBot.Integration.Tests.Hosting;
using Microsoft.Playwright;

namespace EcomBot.Integration.Tests.WebChat;

/// <summary>
/// Replies as Web Chat lays them out, at a desktop's width (the widget in the corner) and a phone's (the widget fills
/// the screen), judged by the rendered element boxes: what a customer can read must lie inside the transcript, and
/// links must lead somewhere. Ivan Santos (ivan.santos3158@example.com) has pending order #W3913498 (three items).
/// </summary>
public sealed class ReplyLayoutBrowserTests : IAsyncLifetime
{
    private const float Patience = 30_000;

    /// <summary>Boxes wider than the transcript or sticking out of it, and boxes whose content is cut off inside them.
    /// Cards in a carousel sit side by side and scroll sideways by design: each must fit, not all of them.</summary>
    private const string LayoutProblemsScript = """
        () => {
          const transcript = document.querySelector('#webchat .webchat__basic-transcript__scrollable').getBoundingClientRect();
          const problems = [];
          const describe = (el, why) => `${why}: <${el.tagName.toLowerCase()} class="${el.className}"> "${el.innerText.slice(0, 60)}"`;
          const selector = '.webchat__bubble, .webchat__bubble__content, .webchat__render-markdown table, .webchat__render-markdown a';
          for (const el of document.querySelectorAll(`#webchat ${selector}`)) {
            const box = el.getBoundingClientRect();
            if (box.width < 1 || box.height < 1 || el.closest('[aria-hidden="true"]')) continue;
            const card = el.closest('.webchat__carousel-filmstrip-attachment');
            if (card ? box.width > transcript.width : box.left < transcript.left - 0.5 || box.right > transcript.right + 0.5) {
              problems.push(describe(el, `box ${Math.round(box.left)}..${Math.round(box.right)} outside ${Math.round(transcript.left)}..${Math.round(transcript.right)}`));
            }
            if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
              problems.push(describe(el, `content ${el.scrollWidth} px cut to ${el.clientWidth} px`));
            }
          }
          return problems;
        }
        """;

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

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task RepliesCardsAndComparisonsFitTheTranscriptAndSourcesLinkToStyledArticles(int width, int height)
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoAsync(_app.ServerAddress.AbsoluteUri);
        var chat = page.Locator("#webchat");
        await Bubble(chat, "What can I do for you?").WaitForAsync(new() { Timeout = Patience });

        var policy = await SayAsync(chat, "how long does a refund take?", "Sources:");
        var links = await policy.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith(_app.ServerAddress.AbsoluteUri + "help/", href, StringComparison.Ordinal));
        foreach (var href in links)
        {
            var article = await page.APIRequest.GetAsync(href);
            Assert.True(article.Ok, $"{href}: {article.Status}");
        }

        await SayAsync(chat, "I want to cancel an order", "confirm who you are");
        await SayAsync(chat, "ivan.santos3158@example.com", "Which order");
        await SayAsync(chat, "#W3913498", "Why would you like to cancel");
        var confirmation = await SayAsync(chat, "no longer needed", "will be refunded");
        // The paragraph after the list of items is a paragraph, not the last item's tail.
        var refundLine = confirmation.Locator("p", new() { HasText = "will be refunded" });
        Assert.Equal(1, await refundLine.CountAsync());
        Assert.Equal(0, await confirmation.Locator("li", new() { HasText = "will be refunded" }).CountAsync());
        await SayAsync(chat, "no", "nothing has changed");

        await SayAsync(chat, "show me mechanical keyboards", "here are the closest");
        await chat.Locator(".webchat__carousel-filmstrip-attachment").Last.WaitForAsync(new() { Timeout = Patience });
        var comparison = await SayAsync(chat, "compare 1 and 2", "The cheapest is");
        Assert.Equal(1, await comparison.Locator("table").CountAsync());

        var problems = await page.EvaluateAsync<string[]>(LayoutProblemsScript);
        Assert.True(problems.Length == 0, $"at {width}x{height}:\n{string.Join('\n', problems)}");

        await page.GotoAsync(links[0]);
        var look = await page.EvaluateAsync<JsonElement>("""
            () => ({
              styled: getComputedStyle(document.querySelector('main')).maxWidth,
              header: !!document.querySelector('header a[href="/"]'),
              overflow: document.documentElement.scrollWidth - window.innerWidth,
            })
            """);
        Assert.Equal("720px", look.GetProperty("styled").GetString());
        Assert.True(look.GetProperty("header").GetBoolean());
        Assert.True(look.GetProperty("overflow").GetInt32() <= 0, $"the article is {look.GetProperty("overflow")} px wider than the screen");
    }

    /// <summary>Sends <paramref name="text"/> and returns the bot's bubble that shows <paramref name="expected"/>.</summary>
    private static async Task<ILocator> SayAsync(ILocator chat, string text, string expected)
    {
        var before = await chat.Locator(".webchat__bubble__content", new() { HasText = expected }).CountAsync();
        var sendBox = chat.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        var reply = chat.Locator(".webchat__bubble__content", new() { HasText = expected }).Nth(before);
        await reply.WaitForAsync(new() { Timeout = Patience });
        return reply;
    }

    private static ILocator Bubble(ILocator chat, string text) =>
        chat.Locator(".webchat__bubble__content", new() { HasText = text }).Last;
}
