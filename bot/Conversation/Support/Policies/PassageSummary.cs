using System.Text.RegularExpressions;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>
/// Picks the one to three sentences of a help passage that answer the question (most words in common, kept in the
/// passage's order), so the reply quotes the rule rather than pasting the whole section.
/// </summary>
public static partial class PassageSummary
{
    private const int MaxSentences = 3;
    private const int MaxLength = 420;

    public static string Summarize(string question, string passage)
    {
        var sentences = Sentences(passage);
        if (sentences.Count <= 1)
        {
            return sentences.Count > 0 ? sentences[0] : passage.Trim();
        }
        var asked = Terms(question);
        var ranked = sentences
            .Select((text, index) => (text, index, score: Terms(text).Count(asked.Contains)))
            .OrderByDescending(s => s.score).ThenBy(s => s.index)
            .ToList();
        var chosen = new List<(string text, int index, int score)> { ranked[0] };
        foreach (var candidate in ranked.Skip(1).Where(s => s.score > 0))
        {
            if (chosen.Count == MaxSentences || chosen.Sum(c => c.text.Length) + candidate.text.Length > MaxLength)
            {
                break;
            }
            chosen.Add(candidate);
        }
        var quoted = chosen.Select(c => c.index).ToHashSet();
        WithWhatTheyReferTo(quoted, sentences);
        if (!quoted.Contains(0) && quoted.Sum(i => sentences[i].Length) + sentences[0].Length <= MaxLength)
        {
            quoted.Add(0); // a section opens with its rule: the rest reads as detail of it
        }
        return string.Join(" ", quoted.Order().Select(i => sentences[i]));
    }

    /// <summary>
    /// Adds the sentence before each quoted one that points back at it ("This applies when...", "If you need something
    /// beyond that..."): quoted alone, such a sentence leaves the customer asking what "this" is.
    /// </summary>
    private static void WithWhatTheyReferTo(HashSet<int> quoted, IReadOnlyList<string> sentences)
    {
        foreach (var index in quoted.OrderDescending().ToList())
        {
            var i = index;
            while (i > 0 && RefersBack().IsMatch(sentences[i]) && quoted.Add(i - 1))
            {
                i--;
            }
        }
    }

    /// <summary>
    /// The sentence of a passage that answers a part of the question the reply so far (<paramref name="alreadySaid"/>)
    /// leaves out, or null when the passage adds nothing. The part is told by the question's words the reply lacks,
    /// found in the passage's heading (which names what the section answers: "What happens after you confirm") or in
    /// the sentence itself; the sentence quoted is the one with most of them.
    /// </summary>
    public static string? OtherFacet(string question, string heading, string passage, string alreadySaid)
    {
        var unanswered = Terms(question);
        unanswered.ExceptWith(Terms(alreadySaid));
        var best = Sentences(passage)
            .Select((text, index) => (text, index, score: Terms(text).Count(unanswered.Contains)))
            .OrderByDescending(s => s.score).ThenBy(s => s.index)
            .FirstOrDefault();
        return best.text is not null && best.score + Terms(heading).Count(unanswered.Contains) > 0 ? best.text : null;
    }

    /// <summary>The passage's sentences, a bullet list kept whole with its introduction (see <see cref="PassageSentences"/>).</summary>
    public static IReadOnlyList<string> Sentences(string passage) => PassageSentences.Split(passage);

    private static HashSet<string> Terms(string text) => QuestionTerms.Of(text);

    [GeneratedRegex(@"^(this|that|these|those|it|they|such)\b|\b(beyond|besides|other than) (that|this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefersBack();
}
