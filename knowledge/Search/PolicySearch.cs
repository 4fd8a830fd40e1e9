using EcomBot.Knowledge.Indexing;

namespace EcomBot.Knowledge.Search;

/// <summary>
/// Finds the help-article passages that answer a customer's question, ready to cite (article title, anchor, score).
/// Passages whose embedding is less similar to the question than <see cref="MinimumSimilarity"/> are not offered;
/// when none is left the answer says so (<see cref="PolicyAnswer.FoundReliableAnswer"/> is false), so the caller
/// can say it does not know or hand over to a person rather than cite something unrelated.
/// </summary>
public sealed class PolicySearch(IKnowledgeIndex index, QueryEncoder encoder, double minimumSimilarity)
{
    public double MinimumSimilarity { get; } = minimumSimilarity;

    public async Task<PolicyAnswer> SearchAsync(string question, int limit = 3, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var query = await encoder.EncodeAsync(question, cancellationToken) with { Limit = Math.Max(limit, 5) };
        var hits = await index.SearchAsync(KnowledgeCollections.Policies, query, cancellationToken);
        var passages = hits
            .Where(h => h.Similarity >= MinimumSimilarity)
            .Take(limit)
            .Select(h => new PolicyPassage(
                h.Payload.ArticleId ?? h.Id, h.Payload.Title, h.Payload.Section ?? h.Payload.Title,
                h.Payload.Anchor ?? h.Id, h.Payload.Text, h.Score, h.Similarity))
            .ToList();
        return new PolicyAnswer(passages, hits.Count == 0 ? 0 : hits.Max(h => h.Similarity));
    }
}

/// <summary>A passage of a help article, with what a citation needs.</summary>
public sealed record PolicyPassage(string ArticleId, string ArticleTitle, string Section, string Anchor, string Text, double Score, double Similarity);

/// <summary>The passages found for a question, best first; empty when nothing reached the confidence threshold.</summary>
public sealed record PolicyAnswer(IReadOnlyList<PolicyPassage> Passages, double BestSimilarity)
{
    public bool FoundReliableAnswer => Passages.Count > 0;
}
