namespace EcomBot.Knowledge.Indexing.Embedded;

/// <summary>
/// The default index: everything in process, exact dense search plus BM25, payload filters evaluated in memory.
/// With a snapshot path, every change is written to that file and the file is read at start, so a restart does
/// not re-embed anything.
/// </summary>
public sealed class EmbeddedKnowledgeIndex : IKnowledgeIndex, IDisposable
{
    private readonly Dictionary<string, EmbeddedCollection> _collections = new(StringComparer.Ordinal);
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly string? _snapshotPath;

    /// <param name="dimensions">Size of the embeddings stored (384 for MiniLM).</param>
    /// <param name="snapshotPath">File to persist to and load from; null keeps the index in memory only.</param>
    public EmbeddedKnowledgeIndex(int dimensions, string? snapshotPath = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        Dimensions = dimensions;
        _snapshotPath = snapshotPath;
        if (snapshotPath is not null && File.Exists(snapshotPath))
        {
            foreach (var (name, documents) in EmbeddedSnapshot.Read(snapshotPath, dimensions))
            {
                var collection = new EmbeddedCollection(dimensions);
                documents.ForEach(collection.Upsert);
                _collections[name] = collection;
            }
        }
    }

    public int Dimensions { get; }

    /// <summary>Number of documents in a collection (0 when it does not exist).</summary>
    public int Count(string collection)
    {
        _lock.EnterReadLock();
        try
        {
            return _collections.TryGetValue(collection, out var c) ? c.Count : 0;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(string collection, CancellationToken cancellationToken = default)
    {
        _lock.EnterReadLock();
        try
        {
            IReadOnlyDictionary<string, string> hashes = _collections.TryGetValue(collection, out var c)
                ? c.ContentHashes()
                : new Dictionary<string, string>();
            return Task.FromResult(hashes);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public Task UpsertAsync(string collection, IReadOnlyList<KnowledgeDocument> documents, CancellationToken cancellationToken = default)
    {
        Mutate(() =>
        {
            if (!_collections.TryGetValue(collection, out var target))
            {
                target = new EmbeddedCollection(Dimensions);
                _collections[collection] = target;
            }
            foreach (var document in documents)
            {
                target.Upsert(document);
            }
        });
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string collection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        Mutate(() =>
        {
            if (_collections.TryGetValue(collection, out var target))
            {
                foreach (var id in ids)
                {
                    target.Delete(id);
                }
            }
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string collection, KnowledgeQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Dense.Length != Dimensions)
        {
            throw new ArgumentException($"The query has {query.Dense.Length} dimensions; the index has {Dimensions}.", nameof(query));
        }
        // Searches share the read lock; only the first search after a change takes the write lock to rebuild
        // the postings and filter columns (an upgradeable lock would let just one search run at a time).
        EmbeddedCollection? target;
        _lock.EnterReadLock();
        try
        {
            if (!_collections.TryGetValue(collection, out target))
            {
                return Task.FromResult<IReadOnlyList<KnowledgeHit>>([]);
            }
            if (target.IsReadyForSearch)
            {
                return Task.FromResult(target.Search(query));
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
        _lock.EnterWriteLock();
        try
        {
            // Looked up again: the collection may have been replaced while no lock was held.
            if (!_collections.TryGetValue(collection, out target))
            {
                return Task.FromResult<IReadOnlyList<KnowledgeHit>>([]);
            }
            target.PrepareForSearch();
            return Task.FromResult(target.Search(query));
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>For the benchmark: the dense side's top k as searches find it, or by an exact scan of every vector.</summary>
    internal IReadOnlyList<int> DenseTopK(string collection, float[] query, int k, bool exact)
    {
        _lock.EnterReadLock();
        try
        {
            return _collections.TryGetValue(collection, out var target) ? target.DenseTopK(query, k, exact) : [];
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public void Dispose() => _lock.Dispose();

    private void Mutate(Action change)
    {
        _lock.EnterWriteLock();
        try
        {
            change();
            if (_snapshotPath is not null)
            {
                EmbeddedSnapshot.Write(_snapshotPath, Dimensions, _collections.ToDictionary(c => c.Key, c => c.Value.Documents));
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }
}
