using EcomBot.Knowledge.Lexical;

namespace EcomBot.Knowledge.Search;

/// <summary>
/// Recognises which of a variant's option values a query mentions, by their terms: "purple, S size, v-neck"
/// mentions color=purple, size=S and style=v-neck. A value whose every term is in the query is a full match
/// (weight 1); a value sharing only some terms ("1 liter" against "1.5 liters") counts a little, so the value
/// the shopper spelled out wins.
/// </summary>
public static class OptionMatcher
{
    private const double PartialWeight = 0.25;

    public static OptionMatch Match(IReadOnlyDictionary<string, string> options, IReadOnlySet<string> queryTerms)
    {
        var score = 0.0;
        var matched = new List<KeyValuePair<string, string>>();
        foreach (var option in options)
        {
            var valueTerms = TextAnalyzer.TermSet(option.Value);
            if (valueTerms.Count == 0)
            {
                continue;
            }
            var shared = valueTerms.Count(queryTerms.Contains);
            if (shared == valueTerms.Count)
            {
                score += 1;
                matched.Add(option);
            }
            else
            {
                score += PartialWeight * shared / valueTerms.Count;
            }
        }
        return new OptionMatch(score, matched);
    }
}

/// <summary>How well a variant's options fit a query, and which options the query named.</summary>
public sealed record OptionMatch(double Score, IReadOnlyList<KeyValuePair<string, string>> Matched);
