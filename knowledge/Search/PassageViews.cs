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
/// The share of the question's words the section uses (<see cref="QuestionTerms"/>) adds a little: two sections of one
/// article often sit equally close in meaning, and the one using the customer's words ("changed", "already told")
/// is the one that answers.
/// </summary>
public sealed class PassageViews(QueryEncoder encoder)
{
    /// <summary>How much the share of the question's words found in the section adds to the mean of the three views.</summary>
    public const double WordsInCommonWeight = 0.1;

    // Per passage (heading and text): the heading's vector first, then its sentences'. Split and embedded once.
    private readonly ConcurrentDictionary<(string Heading, string Text), float[][]> _views = new();

    /// <summary>The mean of the question's cosine similarity to the passage, its heading and its closest sentence, plus
    /// <see cref="WordsInCommonWeight"/> times the share of the question's words (<paramref name="asked"/>) the section uses.</summary>
    public async Task<double> RelevanceAsync(float[] question, IReadOnlySet<string> asked, PolicyPassage passage, CancellationToken cancellationToken)
    {
        var heading = passage.Section == passage.ArticleTitle ? passage.ArticleTitle : $"{passage.ArticleTitle}: {passage.Section}";
        if (!_views.TryGetValue((heading, passage.Text), out var vectors))
        {
            vectors = [.. await encoder.EmbedAsync([heading, .. PassageSentences.Split(passage.Text)], cancellationToken)];
            _views[(heading, passage.Text)] = vectors;
        }
        var headingSimilarity = TensorPrimitives.Dot(question, vectors[0]);
        var bestSentence = vectors.Skip(1).Select(v => TensorPrimitives.Dot(question, v)).DefaultIfEmpty(0f).Max();
        var meaning = (passage.Similarity + headingSimilarity + bestSentence) / 3;
        return meaning + WordsInCommonWeight * ShareOfWordsUsed(asked, passage);
    }

    private static double ShareOfWordsUsed(IReadOnlySet<string> asked, PolicyPassage passage)
    {
        if (asked.Count == 0)
        {
            return 0;
        }
        var used = QuestionTerms.Of($"{passage.Section} {passage.Text}");
        return asked.Count(used.Contains) / (double)asked.Count;
    }
}
