using EcomBot.Bot.Cli;
using EcomBot.Bot.Conversation.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace EcomBot.Bot.BotFramework.InProcess;

/// <summary>
/// <c>chat</c>: a conversation with the bot in the terminal, through the same bot, state and stores as the web host
/// (the console channel shows cards as text and lists choices as "You can say"; markdown is shown as plain text, and
/// log lines go to a file, see <see cref="CliLogging"/>).
/// </summary>
internal sealed class ChatVerb : ICliVerb
{
    public const string VerbName = "chat";

    private readonly IBot _bot;
    private readonly IntentModelProvider _intentModel;
    private readonly BackgroundWork _background;
    private readonly TextReader _input;
    private readonly TextWriter _output;
    private readonly FailedTurnRecovery? _recovery;

    public ChatVerb(IBot bot, IntentModelProvider intentModel, BackgroundWork background, FailedTurnRecovery recovery)
        : this(bot, intentModel, background, Console.In, Console.Out, recovery)
    {
    }

    internal ChatVerb(
        IBot bot, IntentModelProvider intentModel, BackgroundWork background, TextReader input, TextWriter output,
        FailedTurnRecovery? recovery = null)
    {
        _bot = bot;
        _intentModel = intentModel;
        _background = background;
        _input = input;
        _output = output;
        _recovery = recovery;
    }

    public string Name => VerbName;

    public string Usage => "chat [--user ID] [--conversation ID]   (type 'quit' or Ctrl+D to leave)";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var user = args.Option("user") ?? $"console-{Environment.UserName}";
        var conversation = args.Option("conversation") ?? $"console-{Guid.NewGuid():N}";
        // A failed turn is apologised for and the conversation goes on, as on every channel, instead of ending the process.
        var adapter = new InProcessAdapter { OnTurnError = _recovery is null ? null : _recovery.HandleAsync };
        await _background.StartAsync(cancellationToken);
        try
        {
            await Console.Error.WriteLineAsync($"Starting the bot... (its log: {CliLogging.ChatLogFile})");
            await _intentModel.GetModelAsync(cancellationToken);
            Print(await adapter.RunTurnAsync(_bot, InProcessAdapter.Joined(conversation, user), cancellationToken));
            while (true)
            {
                await _output.WriteAsync("you> ");
                var line = await _input.ReadLineAsync(cancellationToken);
                if (line is null || line.Trim() is "quit" or "exit")
                {
                    return 0;
                }
                if (line.Trim().Length > 0)
                {
                    Print(await adapter.RunTurnAsync(_bot, InProcessAdapter.Message(conversation, user, line), cancellationToken));
                }
            }
        }
        finally
        {
            await _background.StopAsync();
        }
    }

    private void Print(IEnumerable<Activity> replies)
    {
        foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
        {
            _output.WriteLine($"bot> {TerminalText.FromMarkdown(reply.Text ?? "")}\n");
        }
    }
}
