using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Routing.Slots;

namespace EcomBot.Bot.Conversation.Routing;

/// <summary>
/// Recognises messages that answer the active flow's question rather than ask for something new: yes and no,
/// a pick from a list ("2", "the second one"), or details on their own ("jane@example.com", "#W1234567",
/// "my zip is 19122"), or one of the choices the bot just offered in its own words ("the Electric Toothbrush" when
/// "Electric Toothbrush 1583904702" was offered). Whatever the classifier makes of them, they never take the turn away
/// from the flow.
/// </summary>
public static partial class FlowAnswers
{
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "my", "the", "a", "an", "is", "its", "it", "it's", "this", "that", "one", "here", "ok", "okay", "sure", "please",
        "email", "e-mail", "address", "zip", "code", "postal", "postcode", "order", "number", "no", "id", "name", "i'm",
        "im", "am", "i", "and", "first", "second", "third", "fourth", "fifth", "last", "option", "item", "yes", "pick",
        "choose", "take", "go", "with", "for", "thanks", "thank", "you", "of", "course",
    };

    public static bool IsAnswer(string text, IntentPrediction prediction, IReadOnlyCollection<string>? offered = null)
    {
        var normalized = TrailingPunctuation().Replace(text.Trim().ToLowerInvariant(), "");
        if (normalized.Length == 0 || YesOrNo().IsMatch(normalized))
        {
            return true;
        }
        var rest = normalized;
        foreach (var value in prediction.Slots.Where(s => !s.Key.StartsWith(SlotKeys.OptionPrefix, StringComparison.Ordinal)))
        {
            rest = rest.Replace(value.Value.ToLowerInvariant(), " ", StringComparison.Ordinal);
        }
        rest = DetailTokens().Replace(rest, " ");
        var words = Words().Matches(rest).Select(w => w.Value).Where(w => !Filler.Contains(w)).ToList();
        return words.Count == 0 || (offered ?? []).Any(choice => PicksChoice(words, choice));
    }

    /// <summary>Every remaining word of the message is a word of the offered choice.</summary>
    private static bool PicksChoice(IReadOnlyList<string> words, string choice)
    {
        var choiceWords = Words().Matches(choice.ToLowerInvariant()).Select(w => w.Value).ToHashSet();
        return words.All(choiceWords.Contains);
    }

    [GeneratedRegex(@"^(y|yes|yeah|yep|yup|sure|ok|okay|correct|right|confirm(ed)?|go ahead|do it|please do|sounds good|that's right|that is right|n|no|nope|nah|no thanks|no thank you|not now|don't|do not)( (please|thanks|thank you|do it|go ahead))?$")]
    private static partial Regex YesOrNo();

    // Order ids, emails and bare numbers: the shapes of details a flow asks for.
    [GeneratedRegex(@"#?\bw?\d[\d\-]*\b|[^\s@]+@[^\s@]+")]
    private static partial Regex DetailTokens();

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Words();

    [GeneratedRegex(@"[\s!.?,]+$")]
    private static partial Regex TrailingPunctuation();
}
