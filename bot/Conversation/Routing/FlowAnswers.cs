using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Routing.Slots;

namespace EcomBot.Bot.Conversation.Routing;

/// <summary>
/// Recognises messages that answer the active flow's question rather than ask for something new: yes and no,
/// a pick from a list ("2", "the second one"), or details on their own ("jane@example.com", "#W1234567",
/// "my zip is 19122"), or one of the choices the bot just offered in its own words ("the Electric Toothbrush" when
/// "Electric Toothbrush 1583904702" was offered), also with the extra words the flow said pick its choices ("the helmet
/// one" when the orders offered hold a Cycling Helmet). Whatever the classifier makes of them, they never take the turn
/// away from the flow.
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

    /// <param name="offered">The suggested actions the active flow just offered.</param>
    /// <param name="choiceWords">Further words that pick among them, in <see cref="WordForms"/> form (see <see cref="FlowTurn.AcceptChoiceWords"/>).</param>
    public static bool IsAnswer(
        string text, IntentPrediction prediction, IReadOnlyCollection<string>? offered = null, IReadOnlyCollection<string>? choiceWords = null)
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
        var extra = choiceWords ?? [];
        return words.Count == 0
            || (extra.Count > 0 && words.All(w => extra.Contains(WordForms.Singular(w))))
            || (offered ?? []).Any(choice => PicksChoice(words, choice, extra));
    }

    /// <summary>
    /// An answer to a yes/no question that says more after its yes or no ("No, I don't want that.", "yes, go ahead with
    /// it"): still the answer, whatever the rest sounds like ("don't want" is no newsletter stop here). A request after
    /// the no ("no, cancel my other order instead") is left to the routing rules, which read it before this.
    /// </summary>
    public static bool OpensWithYesOrNo(string text, IReadOnlyCollection<string> offered) =>
        offered.Any(o => o.Equals("yes", StringComparison.OrdinalIgnoreCase) || o.Equals("no", StringComparison.OrdinalIgnoreCase))
        && YesOrNoOpening().IsMatch(text.Trim());

    [GeneratedRegex(@"^(yes|yeah|yep|yup|no|nope|nah)\b\s*[,.!;:\-]", RegexOptions.IgnoreCase)]
    private static partial Regex YesOrNoOpening();

    /// <summary>A question ("wait, where is my order #W1234567?"), which even a flow waiting for free text lets go.</summary>
    public static bool IsQuestion(string text) => text.TrimEnd().EndsWith('?');

    /// <summary>A request for something rather than free text answering a question: "show me the receipt for #W1713682",
    /// "can you cancel it", "I want to return the blender", or a question without its question mark ("where is my
    /// order"). A flow waiting for free text lets it go too; "I want it shipped to 12 Main St" is no such request.</summary>
    public static bool IsRequest(string text) => RequestOpening().IsMatch(text.Trim());

    /// <summary>Every remaining word of the message is a word of the offered choice or one of the flow's choice words.</summary>
    private static bool PicksChoice(IReadOnlyList<string> words, string choice, IReadOnlyCollection<string> choiceWords)
    {
        var ownWords = Words().Matches(choice.ToLowerInvariant()).Select(w => w.Value).ToHashSet();
        return words.All(w => ownWords.Contains(w) || choiceWords.Contains(WordForms.Singular(w)));
    }

    [GeneratedRegex(@"^(y|yes|yeah|yep|yup|sure|ok|okay|correct|right|confirm(ed)?|go ahead|do it|please do|sounds good|that's right|that is right|n|no|nope|nah|no thanks|no thank you|not now|don't|do not)( (please|thanks|thank you|do it|go ahead))?$")]
    private static partial Regex YesOrNo();

    // Order ids, emails, bare numbers and numbered picks ("2nd"): the shapes of details a flow asks for.
    [GeneratedRegex(@"#?\bw?\d[\d\-]*(st|nd|rd|th)?\b|[^\s@]+@[^\s@]+")]
    private static partial Regex DetailTokens();

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^(?:(?:hi|hello|hey|ok|okay|actually|wait|sorry|also|and|oh|please)[\s,!.]+)*"
        + @"(?:(?:show|give|send|tell|get|email|find)\s+me\b|(?:can|could|would|will)\s+(?:you|i)\b"
        + @"|i(?:\s+want|\s+would\s+like|'d\s+like|\s+need)\s+(?:to\s+)?(?:see|know|check|track|cancel|return|exchange|get|talk|speak|change)\b"
        + @"|(?:where|what|when|why|how|which|who)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RequestOpening();

    [GeneratedRegex(@"[\s!.?,]+$")]
    private static partial Regex TrailingPunctuation();
}
