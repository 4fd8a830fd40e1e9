namespace EcomBot.Bot.Conversation.Ending;

/// <summary>Open conversations in this process, for a bot without Redis (whose conversation state is in process too,
/// so it runs as one instance).</summary>
public sealed class InMemoryOpenConversations : IOpenConversations
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Channel, string Conversation), OpenConversation> _open = [];

    public Task TouchAsync(OpenConversation conversation, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _open[(conversation.ChannelId, conversation.ConversationId)] = conversation;
        }
        return Task.CompletedTask;
    }

    public Task<OpenConversation?> RemoveAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_open.Remove((channelId, conversationId), out var removed) ? removed : null);
        }
    }

    public Task<OpenConversation?> ClaimIdleAsync(
        string channelId, string conversationId, DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var key = (channelId, conversationId);
            var idle = _open.TryGetValue(key, out var open) && open.LastActivityAt <= idleSince;
            return Task.FromResult(idle && _open.Remove(key) ? open : null);
        }
    }

    public Task<IReadOnlyList<OpenConversation>> ClaimIdleAsync(DateTimeOffset idleSince, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            OpenConversation[] idle = [.. _open.Values.Where(c => c.LastActivityAt <= idleSince).OrderBy(c => c.LastActivityAt).Take(limit)];
            foreach (var conversation in idle)
            {
                _open.Remove((conversation.ChannelId, conversation.ConversationId));
            }
            return Task.FromResult<IReadOnlyList<OpenConversation>>(idle);
        }
    }

    public Task<OpenConversation?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_open.GetValueOrDefault((channelId, conversationId)));
        }
    }
}
