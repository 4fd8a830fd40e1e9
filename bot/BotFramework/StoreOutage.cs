using System.Collections.Concurrent;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.State;
using Microsoft.Bot.Builder;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// How a turn goes on while a store is unavailable (<see cref="StoreUnavailableException"/>, e.g. Redis down): the
/// turn runs on a fresh conversation state and says, once per conversation and outage, that the bot cannot remember
/// the conversation; an action whose records cannot be read or written is refused in plain words; and nothing of such
/// a turn is saved, so the stored state is kept as it was. Which conversations were told is kept in this process only,
/// bounded, and forgotten once state can be read again.
/// </summary>
public sealed partial class StoreOutage(ILogger<StoreOutage> logger)
{
    private const int MaxConversationsTold = 10_000;
    private const string KeepStoredStateKey = "EcomBot.StoreOutage.KeepStoredState";

    private readonly ConcurrentDictionary<string, byte> _told = new(StringComparer.Ordinal);

    public static BotReply CannotRemember { get; } = BotReply.Say(
        "I can't reach my notes of our conversation right now, so I may ask again for something you already told me. "
        + "I can still answer questions about our policies and products.");

    /// <summary>The reply to a turn whose records could not be reached: the action must wait, and whether anything changed.</summary>
    public static BotReply MustWait(StoreUnavailableException unavailable) => unavailable.OutcomeUnknown
        ? BotReply.Say(
            "I lost the connection to our records while saving that, so I can't tell yet whether it went through. "
            + "Please ask me about it again in a few minutes and I'll check.")
        : BotReply.Say(
            "I can't reach our records right now, so that has to wait: nothing has been changed. "
            + "Please try again in a few minutes; meanwhile I can answer questions about our policies and products.");

    /// <summary>Marks the turn so that its state is not saved over what is stored.</summary>
    public void KeepStoredState(ITurnContext turnContext, StoreUnavailableException unavailable)
    {
        turnContext.TurnState[KeepStoredStateKey] = true;
        LogUnavailable(unavailable.Store, unavailable.OutcomeUnknown);
    }

    public static bool KeepsStoredState(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(KeepStoredStateKey);

    /// <summary>True the first time in this outage that the conversation runs without its state.</summary>
    public bool FirstTimeWithoutState(ITurnContext turnContext)
    {
        if (_told.Count >= MaxConversationsTold)
        {
            _told.Clear();
        }
        return _told.TryAdd($"{turnContext.Activity.ChannelId}/{turnContext.Activity.Conversation?.Id}", 0);
    }

    /// <summary>State was read: a later outage tells each conversation again.</summary>
    public void StateReadable()
    {
        if (!_told.IsEmpty)
        {
            _told.Clear();
        }
    }

    public void StateNotSaved(StoreUnavailableException unavailable) => LogNotSaved(unavailable.Store, unavailable.OutcomeUnknown);

    // Debug: during an outage every turn comes here; the circuit logs the outage itself once.
    [LoggerMessage(Level = LogLevel.Debug,
        Message = "The {Store} store is unavailable (outcome unknown: {OutcomeUnknown}); the turn is answered without saving its state.")]
    private partial void LogUnavailable(string store, bool outcomeUnknown);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The turn was answered but its state was not saved: the {Store} store became unavailable (outcome unknown: {OutcomeUnknown}).")]
    private partial void LogNotSaved(string store, bool outcomeUnknown);
}
