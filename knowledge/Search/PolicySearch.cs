using EcomBot.Knowledge.Indexing;

namespace EcomBot.Knowledge.Search;

/// <summary>
/// Finds the help-article passages that answer a customer's question, ready to cite (article title, anchor, score).
/// Passages whose embedding is less similar to the question than <see cref="MinimumSimilarity"/> are not offered;
/// when none is left the answer says so (<see cref="PolicyAnswer.FoundReliableAnswer"/> is false), so the caller
/// can say it does not know or hand over to a person rather than cite something unrelated; so are passages that show
/// no sign of answering (see <see cref="AnswerEvidence"/>). The index's hybrid
/// candidates are ordered again by <see cref="PassageViews"/>: on a few dozen short passages that share most of their
/// words, the lexical side's ranks say little, while the heading and the closest sentence say much; a passage of the
/// article about the action the question asks after (<see cref="AskedAction"/>) ranks a little higher.
/// </summary>
public sealed class PolicySearch(IKnowledgeIndex index, QueryEncoder encoder, double minimumSimilarity)
{
    /// <summary>
    /// How many of the index's fused candidates are ordered again: most of the articles' passages, so one the dense
    /// side finds close is not lost because the lexical side ranked it low.
    /// </summary>
    private const int Candidates = 20;

    private readonly PassageViews _views = new(encoder);

    public double MinimumSimilarity { get; } = minimumSimilarity;

    public async Task<PolicyAnswer> SearchAsync(string question, int limit = 3, CancellationToken cancellationToken = default)
    {
        var (candidates, bestSimilarity) = await RankAsync(question, Math.Max(limit, Candidates), cancellationToken);
        return new PolicyAnswer([.. AnswerEvidence.Supporting(question, candidates).Take(limit)], bestSimilarity);
    }

    /// <summary>
    /// Every passage close enough in meaning to be considered, most relevant first, before the check that it shows a
    /// sign of answering (<see cref="AnswerEvidence"/>); with the best similarity of any hit. For diagnosis and tests.
    /// </summary>
    public Task<(IReadOnlyList<PolicyPassage> Candidates, double BestSimilarity)> RankAsync(string question, CancellationToken cancellationToken = default) =>
        RankAsync(question, Candidates, cancellationToken);

    private async Task<(IReadOnlyList<PolicyPassage> Candidates, double BestSimilarity)> RankAsync(string question, int candidates, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var query = await encoder.EncodeAsync(question, cancellationToken) with { Limit = candidates };
        var hits = await index.SearchAsync(KnowledgeCollections.Policies, query, cancellationToken);
        var asked = QuestionTerms.Of(question);
        var action = AskedAction.Of(question);
        var passages = new List<PolicyPassage>();
        foreach (var hit in hits.Where(h => h.Similarity >= MinimumSimilarity))
        {
            var passage = new PolicyPassage(
                hit.Payload.ArticleId ?? hit.Id, hit.Payload.Title, hit.Payload.Section ?? hit.Payload.Title,
                hit.Payload.Anchor ?? hit.Id, hit.Payload.Text, hit.Score, hit.Similarity);
            var relevance = await _views.RelevanceAsync(query.Dense, asked, passage, cancellationToken);
            passages.Add(passage with { Score = relevance + (AskedAction.IsAbout(passage.ArticleId, action) ? AskedAction.ArticleWeight : 0) });
        }
        return ([.. passages.OrderByDescending(p => p.Score)], hits.Count == 0 ? 0 : hits.Max(h => h.Similarity));
    }
}

/// <summary>
/// A passage of a help article, with what a citation needs. <see cref="Score"/> is the relevance the passages are
/// ordered by (see <see cref="PassageViews"/>); <see cref="Similarity"/> is the cosine similarity of the whole passage's
/// embedding to the question's, which decides whether it is reliable at all.
/// </summary>
public sealed record PolicyPassage(string ArticleId, string ArticleTitle, string Section, string Anchor, string Text, double Score, double Similarity);

/// <summary>The passages found for a question, best first; empty when nothing reached the confidence threshold.</summary>
public sealed record PolicyAnswer(IReadOnlyList<PolicyPassage> Passages, double BestSimilarity)
{
    public bool FoundReliableAnswer => Passages.Count > 0;
}
