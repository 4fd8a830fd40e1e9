namespace EcomBot.Bot.Commerce.ChangeStore;

/// <summary>Changes kept in this process (the embedded default; also a fresh store per replayed task).</summary>
public sealed class InMemoryCommerceChangeStore : ICommerceChangeStore
{
    private readonly Dictionary<RecordKey, string> _records = [];
    private readonly HashSet<string> _erased = new(StringComparer.Ordinal);
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
            if (!Holds(writes) || writes.Any(w => w.Key.Kind == RecordKey.UsersKind && _erased.Contains(ErasureMark.Of(w.Key.Id))))
            {
                return Task.FromResult(false);
            }
            Apply(writes);
            return Task.FromResult(true);
        }
    }

    public Task<bool> IsErasedAsync(string userId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_erased.Contains(ErasureMark.Of(userId)));
        }
    }

    public Task<bool> TryEraseUserAsync(string userId, string? expectedUserJson, IReadOnlyCollection<RecordWrite> orderWrites, CancellationToken cancellationToken)
    {
        var user = RecordKey.User(userId);
        lock (_gate)
        {
            if (_records.GetValueOrDefault(user) != expectedUserJson || !Holds(orderWrites))
            {
                return Task.FromResult(false);
            }
            Apply(orderWrites);
            _records.Remove(user);
            _erased.Add(ErasureMark.Of(userId));
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

    private bool Holds(IEnumerable<RecordWrite> writes) => writes.All(w => _records.GetValueOrDefault(w.Key) == w.ExpectedJson);

    private void Apply(IEnumerable<RecordWrite> writes)
    {
        foreach (var write in writes)
        {
            _records[write.Key] = write.NewJson;
        }
    }
}
