using System.Collections.Concurrent;
using System.Numerics.Tensors;

namespace EcomBot.Knowledge.Search;

/// <summary>
/// Scores a help passage against a question from three views: the whole passage (as indexed), its heading
/// ("Refunds and when they arrive: How long a refund takes") and its best-matching sentence, averaged. A whole
/// passage's embedding blurs the several rules it states, so a question about one of them ("can I exchange twice?")
/// can sit closer to a neighbouring section that repeats the question's words; the heading says what the section is
/// about, and a single sentence can match the question's wording closely. Heading and sentence embeddings are
/// computed once per distinct text and kept (help articles are a few dozen passages).
/// </summary>
public sealed class PassageViews(QueryEncoder encoder)
{
    private readonly ConcurrentDictionary<string, float[]> _embeddings = new(StringComparer.Ordinal);

    /// <summary>The mean of the question's cosine similarity to the passage, its heading and its closest sentence.</summary>
    public async Task<double> RelevanceAsync(float[] question, PolicyPassage passage, CancellationToken cancellationToken)
    {
        var heading = passage.Section == passage.ArticleTitle ? passage.ArticleTitle : $"{passage.ArticleTitle}: {passage.Section}";
        var sentences = PassageSentences.Split(passage.Text);
        var vectors = await EmbedAsync([heading, .. sentences], cancellationToken);
        var headingSimilarity = TensorPrimitives.Dot(question, vectors[0]);
        var bestSentence = vectors.Skip(1).Select(v => TensorPrimitives.Dot(question, v)).DefaultIfEmpty(0f).Max();
        return (passage.Similarity + headingSimilarity + bestSentence) / 3;
    }

    private async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var missing = texts.Where(t => !_embeddings.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var embedded = await encoder.EmbedAsync(missing, cancellationToken);
            for (var i = 0; i < missing.Count; i++)
            {
                _embeddings[missing[i]] = embedded[i];
            }
        }
        return texts.Select(t => _embeddings[t]).ToList();
    }
}
