using EcomBot.Bot.Conversation.Ending;

namespace EcomBot.TestSupport;

/// <summary>Conversation ends recorded in memory, for asserting what was published and how often; safe to share
/// between replicas' publishers.</summary>
public sealed class RecordedConversationEnds : IConversationEndListener
{
    private readonly List<ConversationEnded> _ends = [];
    private readonly SemaphoreSlim _arrived = new(0);

    public IReadOnlyList<ConversationEnded> All
    {
        get
        {
            lock (_ends)
            {
                return [.. _ends];
            }
        }
    }

    public Task OnConversationEndedAsync(ConversationEnded ended, CancellationToken cancellationToken)
    {
        lock (_ends)
        {
            _ends.Add(ended);
        }
        _arrived.Release();
        return Task.CompletedTask;
    }

    /// <summary>Waits up to <paramref name="patience"/> for the next end published after the last one waited for.</summary>
    public Task<bool> NextAsync(TimeSpan patience) => _arrived.WaitAsync(patience);
}
