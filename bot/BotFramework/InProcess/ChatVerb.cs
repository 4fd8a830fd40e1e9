using EcomBot.Bot.Cli;
using EcomBot.Bot.Conversation.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace EcomBot.Bot.BotFramework.InProcess;

/// <summary>
/// <c>chat</c>: a conversation with the bot in the terminal, through the same bot, state and stores as the web host
/// (the console channel shows cards as text and lists choices as "You can say").
/// </summary>
internal sealed class ChatVerb(IBot bot, IntentModelProvider intentModel, BackgroundWork background) : ICliVerb
{
    public string Name => "chat";

    public string Usage => "chat [--user ID] [--conversation ID]   (type 'quit' or Ctrl+D to leave)";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var user = args.Option("user") ?? $"console-{Environment.UserName}";
        var conversation = args.Option("conversation") ?? $"console-{Guid.NewGuid():N}";
        var adapter = new InProcessAdapter();
        await background.StartAsync(cancellationToken);
        try
        {
            Console.Error.WriteLine("Loading the intent model (trained once, then cached)...");
            await intentModel.GetModelAsync(cancellationToken);
            Print(await adapter.RunTurnAsync(bot, InProcessAdapter.Joined(conversation, user), cancellationToken));
            while (true)
            {
                Console.Write("you> ");
                var line = Console.ReadLine();
                if (line is null || line.Trim() is "quit" or "exit")
                {
                    return 0;
                }
                if (line.Trim().Length > 0)
                {
                    Print(await adapter.RunTurnAsync(bot, InProcessAdapter.Message(conversation, user, line), cancellationToken));
                }
            }
        }
        finally
        {
            await background.StopAsync();
        }
    }

    private static void Print(IEnumerable<Activity> replies)
    {
        foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
        {
            Console.WriteLine($"bot> {reply.Text}\n");
        }
    }
}
