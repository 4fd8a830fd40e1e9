using System.Text.RegularExpressions;
using EcomBot.Bot.BotFramework;
using EcomBot.Bot.BotFramework.InProcess;
using EcomBot.Bot.Cli;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.TestSupport;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Bot.Tests.Discovery;

/// <summary>Shopping in <c>chat</c> over the app's own composition: cards read as text (no buttons), so the customer
/// points at products in words.</summary>
public sealed class ShoppingInTheTerminalTests : IDisposable
{
    private readonly SupportJourneyBot _app = new(withCatalogue: true);

    [Fact]
    public async Task ACustomerAddsTheFirstProductShownByWordsAndSeesNoItemIds()
    {
        var services = _app.Services;
        var output = new StringWriter();
        var chat = new ChatVerb(
            services.GetRequiredService<IBot>(), services.GetRequiredService<IntentModelProvider>(),
            services.GetRequiredService<BackgroundWork>(),
            new StringReader("mechanical keyboard\nadd the first to cart\nview cart\nquit\n"), output,
            services.GetRequiredService<FailedTurnRecovery>());

        Assert.Equal(0, await chat.RunAsync(new CliArguments([]), CancellationToken.None));

        var transcript = output.ToString();
        Assert.Matches(new Regex(@"^1\. Mechanical Keyboard — \S.* · in stock$", RegexOptions.Multiline), transcript);
        Assert.Contains("bot> Added Mechanical Keyboard", transcript, StringComparison.Ordinal);
        Assert.Contains("Your cart has 1 item", transcript, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{10}", transcript);
    }

    public void Dispose() => _app.Dispose();
}
