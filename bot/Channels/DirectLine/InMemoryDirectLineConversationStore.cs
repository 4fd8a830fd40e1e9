using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>Conversation logs in this process's memory, capped in length and forgotten after an idle period.
/// Activities are kept as JSON, so a caller changing an activity after appending it cannot change the log.</summary>
public sealed class InMemoryDirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
    : IDirectLineConversationStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, ConversationLog> _logs = new(StringComparer.Ordinal);
    private DateTimeOffset _lastSweep = time.GetUtcNow();

    public Task<bool> TryStartAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        SweepIdleConversations();
        return Task.FromResult(_logs.TryAdd(conversation.Id, new ConversationLog(conversation, time.GetUtcNow())));
    }

    public Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_logs.TryGetValue(conversationId, out var log) ? log.Conversation : null);

    public Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        if (!_logs.TryGetValue(conversationId, out var log))
        {
            return Task.FromResult<string?>(null);
        }
        return Task.FromResult<string?>(log.Append(activity, time.GetUtcNow(), options.Value.MaxActivitiesPerConversation));
    }

    public Task<ActivitySet?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        Task.FromResult(_logs.TryGetValue(conversationId, out var log) ? log.ReadAfter(watermark, time.GetUtcNow()) : null);

    public Task WaitForActivitiesAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        _logs.TryGetValue(conversationId, out var log)
            ? log.WaitAfterAsync(watermark, cancellationToken)
            : Task.CompletedTask;

    public Task ForgetAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (_logs.TryRemove(conversationId, out var removed))
        {
            removed.Close();
        }
        return Task.CompletedTask;
    }

    private void SweepIdleConversations()
    {
        var now = time.GetUtcNow();
        if (now - _lastSweep < SweepInterval)
        {
            return;
        }
        _lastSweep = now;
        var cutoff = now - TimeSpan.FromMinutes(options.Value.ConversationRetentionMinutes);
        foreach (var (id, log) in _logs)
        {
            if (log.LastUsed < cutoff && _logs.TryRemove(id, out var removed))
            {
                removed.Close();
            }
        }
    }

    private sealed class ConversationLog(DirectLineConversation conversation, DateTimeOffset started)
    {
        private readonly Lock _lock = new();
        private readonly Queue<string> _activities = new();
        private long _firstSequence = 1;
        private long _nextSequence = 1;
        private TaskCompletionSource _changed = NewSignal();

        public DirectLineConversation Conversation { get; } = conversation;

        public DateTimeOffset LastUsed { get; private set; } = started;

        public string Append(Activity activity, DateTimeOffset now, int capacity)
        {
            TaskCompletionSource changed;
            string id;
            lock (_lock)
            {
                id = $"{Conversation.Id}|{_nextSequence++:D7}";
                activity.Id = id;
                activity.Timestamp ??= now;
                _activities.Enqueue(JsonConvert.SerializeObject(activity));
                while (_activities.Count > capacity)
                {
                    _activities.Dequeue();
                    _firstSequence++;
                }
                LastUsed = now;
                changed = _changed;
                _changed = NewSignal();
            }
            changed.TrySetResult();
            return id;
        }

        public ActivitySet ReadAfter(long watermark, DateTimeOffset now)
        {
            lock (_lock)
            {
                LastUsed = now;
                var skip = Math.Max(0, watermark - _firstSequence + 1);
                var activities = _activities.Skip((int)Math.Min(skip, int.MaxValue))
                    .Select(json => JsonConvert.DeserializeObject<Activity>(json)!)
                    .ToList();
                return new ActivitySet(activities, _nextSequence - 1);
            }
        }

        public Task WaitAfterAsync(long watermark, CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                return _nextSequence - 1 > watermark ? Task.CompletedTask : _changed.Task.WaitAsync(cancellationToken);
            }
        }

        public void Close()
        {
            lock (_lock)
            {
                _changed.TrySetResult();
            }
        }

        private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
