using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Reads which of the store's cancellation reasons ("no longer needed", "ordered by mistake") a customer's own words
/// give: "I don't need it anymore", "changed my mind", "found it cheaper" are no longer needed; "I ordered the wrong
/// size", "by accident", "I didn't mean to order it" are a mistake. A mistake wins when both are said, being the
/// more particular.
/// </summary>
internal static partial class CancelReasonInWords
{
    public const string NoLongerNeeded = "no longer needed";
    public const string OrderedByMistake = "ordered by mistake";

    public static string? Read(string text) =>
        text.Contains(OrderedByMistake, StringComparison.OrdinalIgnoreCase) || Mistake().IsMatch(text) ? OrderedByMistake
        : text.Contains(NoLongerNeeded, StringComparison.OrdinalIgnoreCase) || NoLongerWanted().IsMatch(text) ? NoLongerNeeded
        : null;

    [GeneratedRegex(@"\b(mistakes?|mistakenly|accident(al(ly)?)?|by error|in error|wrong (item|size|colou?r|one|thing|product|model|version|address|order)"
        + @"|didn'?t mean|did not mean|never meant|unintentional(ly)?|duplicate|ordered (it )?twice|ordered (it )?two|meant to order)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Mistake();

    [GeneratedRegex(@"\b(no longer|don'?t (really )?(need|want)|do not (really )?(need|want)|not (needed|wanted|necessary)|no need|needn'?t"
        + @"|changed? (my|of) mind|not any ?more|anymore|found (it |one |something )?(cheaper|better|elsewhere)|bought (it |one )?elsewhere"
        + @"|too (long|late|expensive)|takes? too long|not interested|don'?t like)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex NoLongerWanted();
}
