using System.Text.RegularExpressions;

namespace EcomBot.Knowledge.Search;

/// <summary>
/// Which of the help passages the embeddings find close to a question show a sign of answering it. Sentence
/// embeddings place a question on a topic the articles cover ("do you ship internationally?" sits near "Shipping and
/// tracking") even when no passage says anything about what it asks, so the closer a passage is in meaning, the less
/// else it needs: very close counts alone; fairly close needs one of the question's words in its heading or text; less
/// close needs two, or every word of a short question. Words that only name a kind of question ("policy", "rules")
/// and words nearly every passage uses ("order") are no sign, nor is the article's title (it names the topic, not the answer). A question whether the store offers
/// something ("do you offer gift wrapping?", "do you ship to Canada?") is answered only by a passage that names every
/// part of that thing.
/// </summary>
public static partial class AnswerEvidence
{
    /// <summary>Relevance (see <see cref="PassageViews"/>) from which a passage counts as an answer on meaning alone.</summary>
    public const double CloseEnoughAlone = 0.55;

    /// <summary>Relevance from which one word in common with the question is enough; below it, two are needed.</summary>
    public const double CloseWithOneWord = 0.45;

    // "Do you offer / have / provide X" asks whether X exists: the verb is not what is asked about; nor are the words
    // that name the kind of question rather than its subject, nor "order" and "item", which nearly every passage uses.
    private static readonly HashSet<string> NoSign = new(
        new[] { "offer", "have", "provide", "guys", "store", "shop", "policy", "rule", "explain", "order", "item" }.Select(QuestionTerms.Stem),
        StringComparer.Ordinal);

    /// <summary>The candidates that show a sign of answering <paramref name="question"/>, in their order.</summary>
    public static IReadOnlyList<PolicyPassage> Supporting(string question, IReadOnlyList<PolicyPassage> candidates)
    {
        var asked = QuestionTerms.Of(question);
        asked.ExceptWith(NoSign);
        var offered = AsksWhetherOffered().IsMatch(question.Trim());
        return [.. candidates.Where(passage =>
        {
            var said = QuestionTerms.Of(passage.Section == passage.ArticleTitle ? passage.Text : $"{passage.Section} {passage.Text}");
            return offered ? asked.Count > 0 && asked.IsSubsetOf(said) : Supports(passage.Score, asked.Count(said.Contains), asked.Count);
        })];
    }

    private static bool Supports(double relevance, int wordsInCommon, int wordsAsked) =>
        relevance >= CloseEnoughAlone
        || (relevance >= CloseWithOneWord && wordsInCommon >= 1)
        || wordsInCommon >= 2
        || (wordsInCommon > 0 && wordsInCommon == wordsAsked);

    // "Do you ship to Canada?", "does the store offer gift wrapping?"; not "do you have to ...?" nor "do you need my email?".
    [GeneratedRegex(@"^(do|does) (you|you guys|the store|your store|the shop|your shop) (offer|have|sell|provide|ship|deliver|accept|support|carry|stock|price|run|give|charge)\b(?! to\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhetherOffered();
}
