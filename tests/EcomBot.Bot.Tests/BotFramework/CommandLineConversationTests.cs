using System.Text.RegularExpressions;
using EcomBot.Bot.BotFramework;
using EcomBot.TestSupport;
using EcomBot.Bot.BotFramework.InProcess;
using EcomBot.Bot.Cli;
using EcomBot.Bot.Conversation.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Bot.Tests.BotFramework;

/// <summary>
/// The <c>chat</c> verb over the app's own composition (real router, flows and demo store):
/// the same bot a channel reaches, driven from the command line. Raj Sanchez (raj.sanchez2046@example.com) has
/// delivered #W7736708.
/// </summary>
public sealed class CommandLineConversationTests : IDisposable
{
    private readonly SupportJourneyBot _app = new();

    private IServiceProvider Services => _app.Services;

    [Fact]
    public async Task ChatWelcomesTheCustomerAndAnswersEachLineUntilQuit()
    {
        var output = new StringWriter();
        var chat = new ChatVerb(
            Services.GetRequiredService<IBot>(), Services.GetRequiredService<IntentModelProvider>(),
            Services.GetRequiredService<BackgroundWork>(),
            new StringReader("help\nwhere is my order #W7736708?\nraj.sanchez2046@example.com\nquit\nhelp\n"), output);

        var exit = await chat.RunAsync(new CliArguments([]), CancellationToken.None);

        var transcript = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("bot> Hi! I'm the store's assistant", transcript, StringComparison.Ordinal);
        Assert.Contains("bot> Here is what I can do", transcript, StringComparison.Ordinal);
        Assert.Contains("You can say: \"Track my order\"", transcript, StringComparison.Ordinal);
        Assert.Contains("Order #W7736708 is delivered.", transcript, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(transcript, "Here is what I can do")); // nothing after "quit" is read
    }

    [Fact]
    public async Task ChatApologisesForAFailedTurnAndTheConversationGoesOn()
    {
        var output = new StringWriter();
        var chat = new ChatVerb(
            new FailingOn("boom", Services.GetRequiredService<IBot>()), Services.GetRequiredService<IntentModelProvider>(),
            Services.GetRequiredService<BackgroundWork>(), new StringReader("boom\nhelp\nquit\n"), output,
            Services.GetRequiredService<FailedTurnRecovery>());

        var exit = await chat.RunAsync(new CliArguments([]), CancellationToken.None);

        var transcript = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("bot> " + FailedTurnRecovery.Apology, transcript, StringComparison.Ordinal);
        Assert.Contains("bot> Here is what I can do", transcript, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();

    /// <summary>The app's bot, except that a message saying <c>text</c> throws, as a bug in a flow would.</summary>
    private sealed class FailingOn(string text, IBot bot) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            turnContext.Activity.Text == text
                ? throw new InvalidOperationException("flow bug")
                : bot.OnTurnAsync(turnContext, cancellationToken);
    }
}
