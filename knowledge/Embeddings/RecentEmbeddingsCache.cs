using Microsoft.Extensions.AI;

namespace EcomBot.Knowledge.Embeddings;

/// <summary>
/// Remembers the embeddings of the most recent single texts, so a message embedded to classify it is not embedded
/// again to search the knowledge base in the same turn, and a refinement ("cheaper") re-running the previous search
/// costs no embedding at all. Batches (ingestion, training) and calls with options go straight through.
/// </summary>
public sealed class RecentEmbeddingsCache(IEmbeddingGenerator<string, Embedding<float>> inner, int capacity = 512)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Text, Embedding<float> Embedding)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, Embedding<float> Embedding)> _recency = new();

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values as IReadOnlyList<string> ?? [.. values];
        if (texts.Count != 1 || options is not null)
        {
            return await base.GenerateAsync(texts, options, cancellationToken);
        }
        if (TryGet(texts[0]) is { } remembered)
        {
            return new GeneratedEmbeddings<Embedding<float>>([remembered]);
        }
        var generated = await base.GenerateAsync(texts, options, cancellationToken);
        if (generated.Count == 1)
        {
            Remember(texts[0], generated[0]);
        }
        return generated;
    }

    /// <summary>Forgets every remembered text (for measuring what a never-seen message costs).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }

    private Embedding<float>? TryGet(string text)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(text, out var node))
            {
                return null;
            }
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Embedding;
        }
    }

    private void Remember(string text, Embedding<float> embedding)
    {
        lock (_lock)
        {
            if (_entries.ContainsKey(text))
            {
                return;
            }
            _entries[text] = _recency.AddFirst((text, embedding));
            if (_entries.Count > capacity)
            {
                _entries.Remove(_recency.Last!.Value.Text);
                _recency.RemoveLast();
            }
        }
    }
}
