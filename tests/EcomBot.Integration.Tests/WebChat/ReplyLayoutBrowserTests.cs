using System.Text.Json;
using Microsoft.Playwright;

namespace EcomBot.Integration.Tests.WebChat;

/// <summary>
/// Replies as Web Chat lays them out, at a desktop's width (the widget in the corner) and a phone's (the widget fills
/// the screen), judged by the rendered element boxes: what a customer can read must lie inside the transcript, and
/// links must lead somewhere. Ivan Santos (ivan.santos3158@example.com) has pending order #W3913498 (three items).
/// </summary>
public sealed class ReplyLayoutBrowserTests : IAsyncLifetime
{
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

    public const string ScreenshotPath = "/tmp/ecombot-reply-layout.png";

    private readonly WebChatBrowser _browser = new();

    public Task InitializeAsync() => _browser.StartAsync();

    public Task DisposeAsync() => _browser.DisposeAsync().AsTask();

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task RepliesCardsAndComparisonsFitTheTranscriptAndSourcesLinkToStyledArticles(int width, int height)
    {
        var chat = await _browser.OpenAsync(width, height, ScreenshotPath);
        var page = chat.Page;

        var policy = await chat.SayAsync("how long does a refund take?", "Sources:");
        var links = await policy.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith(_browser.ServerAddress.AbsoluteUri + "help/", href, StringComparison.Ordinal));
        foreach (var href in links)
        {
            var article = await page.APIRequest.GetAsync(href);
            Assert.True(article.Ok, $"{href}: {article.Status}");
        }

        await chat.SayAsync("I want to cancel an order", "confirm who you are");
        await chat.SayAsync("ivan.santos3158@example.com", "Which order");
        await chat.SayAsync("#W3913498", "Why would you like to cancel");
        var confirmation = await chat.SayAsync("no longer needed", "will be refunded");
        // The paragraph after the list of items is a paragraph, not the last item's tail.
        var refundLine = confirmation.Locator("p", new() { HasText = "will be refunded" });
        Assert.Equal(1, await refundLine.CountAsync());
        Assert.Equal(0, await confirmation.Locator("li", new() { HasText = "will be refunded" }).CountAsync());
        await chat.SayAsync("no", "nothing has changed");

        await chat.SayAsync("show me mechanical keyboards", "here are the closest");
        await chat.WaitAsync(chat.Chat.Locator(".webchat__carousel-filmstrip-attachment").Last);
        var comparison = await chat.SayAsync("compare 1 and 2", "The cheapest is");
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
}
