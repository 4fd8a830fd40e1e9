using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Conversation;
using EcomBot.TestSupport;
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
        var router = TestApps.Shared.RouterWith(
            FakeIntentClassifier.Fixed(new() { ["where is my order"] = ("track_order", 0.95) }),
            [new ScriptedFlow("tracking", "track_order")]);
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
