using System.Collections.Concurrent;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>Conversation logs in this process's memory, capped in length and bytes, and forgotten after an idle period.
/// Activities are kept as JSON, so a caller changing an activity after appending it cannot change the log.</summary>
public sealed class InMemoryDirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
    : IDirectLineConversationStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, ConversationLog> _logs = new(StringComparer.Ordinal);
    private readonly Lock _starting = new();
    private DateTimeOffset _lastSweep = time.GetUtcNow();

    public Task<ConversationStart> TryStartAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        SweepIdleConversations();
        lock (_starting)
        {
            if (_logs.ContainsKey(conversation.Id))
            {
                return Task.FromResult(ConversationStart.AlreadyStarted);
            }
            if (_logs.Count >= options.Value.MaxOpenConversations)
            {
                return Task.FromResult(ConversationStart.Full);
            }
            _logs[conversation.Id] = new ConversationLog(conversation, time.GetUtcNow());
            return Task.FromResult(ConversationStart.Started);
        }
    }

    public Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_logs.TryGetValue(conversationId, out var log) ? log.Conversation : null);

    public Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        if (!_logs.TryGetValue(conversationId, out var log))
        {
            return Task.FromResult<string?>(null);
        }
        var limits = options.Value;
        return Task.FromResult<string?>(log.Append(activity, time.GetUtcNow(), limits.MaxActivitiesPerConversation, limits.MaxConversationBytes));
    }

    public Task<ActivitySet?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        Task.FromResult(_logs.TryGetValue(conversationId, out var log)
            ? log.ReadAfter(watermark, time.GetUtcNow(), options.Value.MaxActivityBytes)
            : null);

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
        private readonly Queue<(string Json, int Bytes)> _activities = new();
        private long _bytes;
        private long _firstSequence = 1;
        private long _nextSequence = 1;
        private TaskCompletionSource _changed = NewSignal();

        public DirectLineConversation Conversation { get; } = conversation;

        public DateTimeOffset LastUsed { get; private set; } = started;

        public string Append(Activity activity, DateTimeOffset now, int maxCount, int maxBytes)
        {
            TaskCompletionSource changed;
            string id;
            lock (_lock)
            {
                id = $"{Conversation.Id}|{_nextSequence++:D7}";
                activity.Id = id;
                activity.Timestamp ??= now;
                var json = JsonConvert.SerializeObject(activity);
                var bytes = Encoding.UTF8.GetByteCount(json);
                _activities.Enqueue((json, bytes));
                _bytes += bytes;
                while (_activities.Count > 1 && (_activities.Count > maxCount || _bytes > maxBytes))
                {
                    _bytes -= _activities.Dequeue().Bytes;
                    _firstSequence++;
                }
                LastUsed = now;
                changed = _changed;
                _changed = NewSignal();
            }
            changed.TrySetResult();
            return id;
        }

        public ActivitySet ReadAfter(long watermark, DateTimeOffset now, int pageBytes)
        {
            lock (_lock)
            {
                LastUsed = now;
                var skip = (int)Math.Clamp(watermark - _firstSequence + 1, 0, _activities.Count);
                var page = new List<string>();
                var bytes = 0L;
                foreach (var (json, size) in _activities.Skip(skip))
                {
                    if (page.Count > 0 && bytes + size > pageBytes)
                    {
                        break;
                    }
                    page.Add(json);
                    bytes += size;
                }
                var last = page.Count == 0 ? _nextSequence - 1 : _firstSequence + skip + page.Count - 1;
                return new ActivitySet([.. page.Select(json => ActivityJson.ReadStored(json))], last);
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
