using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation;

/// <summary>
/// Reads places in a list the bot just showed from a customer's answer: "the first one" ... "the tenth", "the last",
/// "2", "2nd", "#2". Numbers that are part of an id, a zip code or a price are not places.
/// </summary>
public static partial class ListPositions
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    /// <summary>The ordinal words, for callers that let them answer a question (see <see cref="FlowTurn.AcceptChoiceWords"/>).</summary>
    public static IReadOnlyList<string> Words => Ordinals;

    /// <summary>The places, counted from zero, that <paramref name="text"/> names in a list of <paramref name="count"/>.</summary>
    public static List<int> Read(string text, int count)
    {
        var words = WordsOf().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var positions = Ordinals.Select((word, i) => (word, i)).Where(o => words.Contains(o.word)).Select(o => o.i).ToList();
        if (words.Contains("last"))
        {
            positions.Add(count - 1);
        }
        positions.AddRange(Numbers().Matches(text).Select(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) - 1));
        return [.. positions.Where(i => i >= 0 && i < count).Distinct()];
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordsOf();

    // A small number standing alone, not part of an order id, zip code or price.
    [GeneratedRegex(@"(?<![\w$.])#?(?<n>\d{1,2})(st|nd|rd|th)?(?![\w.,]\d|\w)")]
    private static partial Regex Numbers();
}
