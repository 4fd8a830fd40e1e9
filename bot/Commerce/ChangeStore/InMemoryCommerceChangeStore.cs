namespace EcomBot.Bot.Commerce.ChangeStore;

/// <summary>Changes kept in this process (the embedded default; also a fresh store per replayed task).</summary>
public sealed class InMemoryCommerceChangeStore : ICommerceChangeStore
{
    private readonly Dictionary<RecordKey, string> _records = [];
    // One short critical section for the compare-and-set: records written together must change together.
    private readonly Lock _gate = new();

    public Task<string?> GetAsync(RecordKey key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_records.GetValueOrDefault(key));
        }
    }

    public Task<bool> TryWriteAsync(IReadOnlyCollection<RecordWrite> writes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (writes.Any(w => _records.GetValueOrDefault(w.Key) != w.ExpectedJson))
            {
                return Task.FromResult(false);
            }
            foreach (var write in writes)
            {
                _records[write.Key] = write.NewJson;
            }
            return Task.FromResult(true);
        }
    }

    /// <summary>Forgets every change: the shipped records stand again (a fresh store for the next replayed task).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _records.Clear();
        }
    }

    /// <summary>Every changed record, for evaluation and tests.</summary>
    public IReadOnlyDictionary<RecordKey, string> Snapshot()
    {
        lock (_gate)
        {
            return new Dictionary<RecordKey, string>(_records);
        }
    }
}
