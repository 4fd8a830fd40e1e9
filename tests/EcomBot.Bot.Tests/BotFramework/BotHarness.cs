using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Tests.Conversation;
using EcomBot.Bot.Profiles.Signals;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.BotFramework;

/// <summary>The real activity handler over in-memory state, with a scripted classifier and one flow.</summary>
internal sealed class BotHarness
{
    public BotHarness(int maxMessageLength = 2000)
    {
        Storage = new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        var router = new ConversationRouter(
            new FixedIntentClassifier(new() { ["where is my order"] = ("track_order", 0.95) }),
            [new ScriptedFlow("tracking", "track_order")],
            Options.Create(new ConversationRouterOptions()),
            TimeProvider.System);
        Bot = new EcomBotActivityHandler(
            ConversationState, new UserState(Storage), router, new ReplyRenderer(),
            Options.Create(new BotOptions { MaxMessageLength = maxMessageLength }),
            new TurnProfileRecorder(Signals));
    }

    public MemoryStorage Storage { get; }

    public RecordedSignals Signals { get; } = new();

    public ConversationState ConversationState { get; }

    public EcomBotActivityHandler Bot { get; }
}

/// <summary>Keeps the profile signals a turn records, in order.</summary>
internal sealed class RecordedSignals : IProfileSignals
{
    public List<ProfileSignal> All { get; } = [];

    public bool Record(ProfileSignal signal)
    {
        All.Add(signal);
        return true;
    }
}
