using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Routing.Slots;

/// <summary>
/// Finds product option values in a message. A value next to its option's name ("size 10", "blue lens color",
/// "screen size: 13-inch") is always taken; a value on its own ("a black leather wallet") only when it cannot be an
/// ordinary word or number ("no", "high", "small", "10", "M"). Longer values win over the values inside them
/// ("rose gold" over "gold").
/// </summary>
public sealed class ProductOptionMatcher
{
    private static readonly HashSet<string> OrdinaryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "no", "none", "high", "low", "medium", "small", "large", "full", "half", "standard", "fixed",
        "adjustable", "light", "dark", "plain", "basic", "custom", "men", "women", "art", "animals", "fantasy",
        "fresh", "portable", "not resistant", "professional", "beginner", "expert", "intermediate", "graphic",
        "landscape", "camera", "laptop",
    };

    private readonly List<(Regex Pattern, string Option, string Value)> _named = [];
    private readonly List<(Regex Pattern, string Option, string Value)> _bare = [];

    public ProductOptionMatcher(ProductOptionVocabulary vocabulary)
    {
        foreach (var (option, values) in vocabulary.ValuesByOption.OrderByDescending(o => o.Key.Length))
        {
            foreach (var value in values.OrderByDescending(v => v.Length))
            {
                var name = Regex.Escape(option);
                var escaped = Regex.Escape(value);
                _named.Add((Compile($@"(?<![\w-]){name}\s*(?:is|of|:|=|-)?\s*{escaped}(?![\w-])|(?<![\w-]){escaped}\s+{name}(?![\w-])"), option, value));
            }
        }
        foreach (var (value, option) in vocabulary.OptionForValue.OrderByDescending(v => v.Key.Length))
        {
            if (IsDistinctive(value))
            {
                _bare.Add((Compile($@"(?<![\w-]){Regex.Escape(value)}(?![\w-])"), option, value));
            }
        }
    }

    /// <summary>Option name and catalogue value for each option found, the first found per option only.</summary>
    public IReadOnlyList<(string Option, string Value)> Match(string text)
    {
        var taken = new bool[text.Length];
        var found = new List<(string, string)>();
        var options = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pattern, option, value) in _named.Concat(_bare))
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (options.Contains(option) || Overlaps(taken, match))
                {
                    continue;
                }
                Array.Fill(taken, true, match.Index, match.Length);
                options.Add(option);
                found.Add((option, value));
            }
        }
        return found;
    }

    // Words like "small" or "none" still count next to their option's name ("room size small"), never alone.
    private static bool IsDistinctive(string value) =>
        value.Length > 1 && !OrdinaryWords.Contains(value) && !value.All(char.IsDigit);

    private static bool Overlaps(bool[] taken, Match match) =>
        taken.AsSpan(match.Index, match.Length).Contains(true);

    // No match timeout: every pattern is escaped catalogue text joined by optional spaces and one-character
    // look-arounds, so matching is linear in the message (which Bot:MaxMessageLength caps), and a timeout only fired
    // when a busy machine paused the turn, failing it.
    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
