using EcomBot.Bot.Profiles;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Plugins.Filters;

/// <summary>The latest kernel function calls, kept in memory (bounded) for inspection and tests; every call is also
/// written to the log by <see cref="FunctionAuditFilter"/>.</summary>
public sealed class FunctionAuditLog(IOptions<PluginOptions> options)
{
    private readonly Queue<FunctionAuditRecord> _records = new();
    private readonly Lock _gate = new();

    public void Add(FunctionAuditRecord record)
    {
        var capacity = options.Value.AuditRecordsKept;
        if (capacity == 0)
        {
            return;
        }
        lock (_gate)
        {
            _records.Enqueue(record);
            while (_records.Count > capacity)
            {
                _records.Dequeue();
            }
        }
    }

    /// <summary>The calls made in one conversation, oldest first.</summary>
    public IReadOnlyList<FunctionAuditRecord> ForConversation(string conversationId)
    {
        var pseudonym = ProfileIds.Pseudonym(conversationId);
        lock (_gate)
        {
            return [.. _records.Where(r => r.Conversation == pseudonym)];
        }
    }
}
