using System.Collections.Concurrent;
using System.Numerics.Tensors;

namespace EcomBot.Knowledge.Search;

/// <summary>
/// Scores a help passage against a question from three views: the whole passage (as indexed), its heading
/// ("Refunds and when they arrive: How long a refund takes") and its best-matching sentence, averaged. A whole
/// passage's embedding blurs the several rules it states, so a question about one of them ("can I exchange twice?")
/// can sit closer to a neighbouring section that repeats the question's words; the heading says what the section is
/// about, and a single sentence can match the question's wording closely. Heading and sentence embeddings are
/// computed once per passage and kept (help articles are a few dozen passages), so a question costs dot products only.
/// </summary>
public sealed class PassageViews(QueryEncoder encoder)
{
    // Per passage (heading and text): the heading's vector first, then its sentences'. Split and embedded once.
    private readonly ConcurrentDictionary<(string Heading, string Text), float[][]> _views = new();

    /// <summary>The mean of the question's cosine similarity to the passage, its heading and its closest sentence.</summary>
    public async Task<double> RelevanceAsync(float[] question, PolicyPassage passage, CancellationToken cancellationToken)
    {
        var heading = passage.Section == passage.ArticleTitle ? passage.ArticleTitle : $"{passage.ArticleTitle}: {passage.Section}";
        if (!_views.TryGetValue((heading, passage.Text), out var vectors))
        {
            vectors = [.. await encoder.EmbedAsync([heading, .. PassageSentences.Split(passage.Text)], cancellationToken)];
            _views[(heading, passage.Text)] = vectors;
        }
        var headingSimilarity = TensorPrimitives.Dot(question, vectors[0]);
        var bestSentence = vectors.Skip(1).Select(v => TensorPrimitives.Dot(question, v)).DefaultIfEmpty(0f).Max();
        return (passage.Similarity + headingSimilarity + bestSentence) / 3;
    }
}
