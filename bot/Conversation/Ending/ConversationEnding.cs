using EcomBot.Bot.Plugins.Calls;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.State;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Ending;

/// <summary>
/// When a conversation ends, defined once: the customer says goodbye, a hand-off to a person happens (both are flows
/// that call <see cref="ConversationLifetime.EndAfterThisTurn"/>), or no customer message arrives for
/// <c>Conversation:IdleMinutes</c>. Before each turn it notices a conversation that went idle (and ends it, unless the
/// idle sweep did already) so the turn starts afresh; after each turn it carries out an end a flow asked for, or
/// records the customer's activity in <see cref="IOpenConversations"/> for the sweep. An end clears the flow in
/// progress, its pending proposal and offered choices, and keeps who the customer is, the transcript and the
/// changes carried out. A goodbye that is the whole conversation ("bye" after an end) ends nothing more.
/// </summary>
public sealed partial class ConversationEnding(
    IOpenConversations open,
    ConversationEndPublisher publisher,
    IOptions<ConversationEndingOptions> options,
    TimeProvider clock,
    ILogger<ConversationEnding> logger) : ITurnStart, ITurnFinish
{
    public async Task BeginAsync(
        CustomerMessage message, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken)
    {
        var lifetime = conversation.Lifetime;
        var now = clock.GetUtcNow();
        var idleTime = options.Value.IdleTime;
        if (lifetime is { IsOpen: true, LastActivityAt: { } last } && now - last >= idleTime)
        {
            // Ended while the customer was away: the sweep has published that, or this turn does, whichever claims it.
            if (await ClaimIdleAsync(message, now - idleTime, cancellationToken) is { } claimed)
            {
                await publisher.PublishAsync(
                    new ConversationEnded(claimed.ChannelId, claimed.ConversationId, claimed.CustomerId, ConversationEndReason.Idle, claimed.LastActivityAt + idleTime),
                    cancellationToken);
            }
            Close(conversation, functions, ConversationEndReason.Idle, last + idleTime);
            conversation.PersonOffered = null;
        }
        lifetime.OpenedOnTurn ??= conversation.Turn;
        lifetime.LastActivityAt = now;
    }

    public async Task FinishAsync(
        CustomerMessage message, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken)
    {
        var lifetime = conversation.Lifetime;
        if (lifetime.EndRequested is not { } reason)
        {
            if (lifetime is { IsOpen: true, LastActivityAt: { } at } && IsTracked(message))
            {
                await StoreAsync(() => open.TouchAsync(
                    new OpenConversation(message.ChannelId, message.ConversationId, conversation.CustomerId, at), cancellationToken));
            }
            return;
        }

        lifetime.EndRequested = null;
        var nothingButGoodbye = reason == ConversationEndReason.Goodbye && lifetime.OpenedOnTurn == conversation.Turn;
        if (IsTracked(message))
        {
            await StoreAsync(() => open.RemoveAsync(message.ChannelId, message.ConversationId, cancellationToken));
        }
        var now = clock.GetUtcNow();
        Close(conversation, functions, reason, now);
        if (!nothingButGoodbye)
        {
            await publisher.PublishAsync(
                new ConversationEnded(message.ChannelId, message.ConversationId, conversation.CustomerId, reason, now), cancellationToken);
        }
    }

    /// <summary>Clears what belonged to the conversation that ended (flow, proposal, offers, focus); keeps the customer,
    /// transcript and change ledger.</summary>
    private static void Close(ConversationData conversation, TurnFunctions functions, ConversationEndReason reason, DateTimeOffset at)
    {
        ProposalAnswers.Withdraw(functions.Session);
        conversation.ActiveFlow = null;
        conversation.FlowState = null;
        conversation.OfferedChoices = [];
        conversation.OfferedChoiceWords = [];
        conversation.AwaitingFreeText = false;
        conversation.UnhelpfulTurns = 0;
        // What the ended conversation was about is not what a new one is about.
        conversation.Focus = new();
        var lifetime = conversation.Lifetime;
        lifetime.OpenedOnTurn = null;
        lifetime.LastEndReason = reason;
        lifetime.LastEndedAt = at;
    }

    private async Task<OpenConversation?> ClaimIdleAsync(CustomerMessage message, DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        OpenConversation? claimed = null;
        if (IsTracked(message))
        {
            await StoreAsync(async () => claimed = await open.ClaimIdleAsync(message.ChannelId, message.ConversationId, idleSince, cancellationToken));
        }
        return claimed;
    }

    /// <summary>Conversations the store can name: a channel id without a colon and a conversation id.</summary>
    private static bool IsTracked(CustomerMessage message) =>
        ChannelUser.IsValidChannel(message.ChannelId) && !string.IsNullOrEmpty(message.ConversationId);

    /// <summary>Keeping track of open conversations never costs the customer their answer: with the store down the turn
    /// goes on (an idle end may then be missed, or come from the sweep later).</summary>
    private async Task StoreAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (StoreUnavailableException unavailable)
        {
            LogStoreUnavailable(unavailable.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Open conversations could not be updated ({Failure}); the turn goes on without it.")]
    private partial void LogStoreUnavailable(string failure);
}
