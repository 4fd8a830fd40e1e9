using System.Text.RegularExpressions;

namespace EcomBot.Tools.Journeys;

/// <summary>
/// Reads a turn of the bot as a customer does: which question it asks, by what the question is about (not by the
/// bot's exact wording), and whether it says a change was made, kept back or refused. The first kind that fits, in
/// the order of <see cref="Questions"/>: a proposal waiting for yes is read before the items it lists, an account not
/// found before "who are you", an offer of a person only when nothing else is asked.
/// </summary>
public static partial class BotQuestionReader
{
    private static readonly (BotQuestion Question, Regex Pattern)[] Questions =
    [
        (BotQuestion.Confirmation, Confirmation()),
        (BotQuestion.IdentityNotFound, AccountNotFound()),
        (BotQuestion.Identify, Identify()),
        (BotQuestion.WhichOptions, WhichOptions()),
        (BotQuestion.WhichItems, WhichItems()),
        (BotQuestion.WhichOrder, WhichOrder()),
        (BotQuestion.Reason, Reason()),
        (BotQuestion.PaymentMethod, PaymentMethod()),
        (BotQuestion.Address, Address()),
        (BotQuestion.OfferPerson, OfferPerson()),
    ];

    public static BotTurnReading Read(IReadOnlyList<BotMessage> replies)
    {
        var text = string.Join("\n", replies.Select(r => r.Readable));
        var outcome = Done().IsMatch(text) ? BotOutcome.Done
            : NothingChanged().IsMatch(text) ? BotOutcome.NothingChanged
            : Refused().IsMatch(text) ? BotOutcome.Refused
            : BotOutcome.None;
        foreach (var (question, pattern) in Questions)
        {
            if (pattern.Match(text) is { Success: true } match)
            {
                return new BotTurnReading(question, SentenceAt(text, match.Index), outcome);
            }
        }
        if (YesNoButtons(replies) && text.Contains("confirm", StringComparison.OrdinalIgnoreCase))
        {
            return new BotTurnReading(BotQuestion.Confirmation, text, outcome);
        }
        var asked = text.LastIndexOf('?');
        return asked < 0
            ? new BotTurnReading(BotQuestion.None, "", outcome)
            : new BotTurnReading(BotQuestion.Other, SentenceAt(text, asked), outcome);
    }

    /// <summary>The message that asks for confirmation: the proposal's summary the customer checks.</summary>
    public static string ConfirmationText(IReadOnlyList<BotMessage> replies) =>
        replies.LastOrDefault(r => Confirmation().IsMatch(r.Readable))?.Readable ?? string.Join("\n", replies.Select(r => r.Readable));

    private static bool YesNoButtons(IReadOnlyList<BotMessage> replies)
    {
        var buttons = replies.SelectMany(r => r.Buttons).Select(b => b.Trim().ToLowerInvariant()).ToHashSet();
        return buttons.Contains("yes") && buttons.Contains("no");
    }

    /// <summary>The sentence around <paramref name="index"/>: from after the previous sentence's end to its own.</summary>
    private static string SentenceAt(string text, int index)
    {
        var start = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, index - 1));
        var end = text.IndexOfAny(['?', '\n'], index);
        var from = start < 0 ? 0 : start + 1;
        return text[from..(end < 0 ? text.Length : end + 1)].Trim();
    }

    [GeneratedRegex(@"please confirm|reply ""?yes""? to|say ""?yes""? to|(shall|should) i (go ahead|proceed)|do you want me to (go ahead|proceed)|is (this|that) (correct|right)\?", RegexOptions.IgnoreCase)]
    private static partial Regex Confirmation();

    [GeneratedRegex(@"(couldn't|could not|can't|cannot) find (an|your) account|no account (with|matches)", RegexOptions.IgnoreCase)]
    private static partial Regex AccountNotFound();

    [GeneratedRegex(@"confirm who you are|email address on your account|what is your email|your email address|first name, last name|name and zip", RegexOptions.IgnoreCase)]
    private static partial Regex Identify();

    [GeneratedRegex(@"would you like instead|instead of [^?\n]*\?|which [^?.\n]* would you like (in exchange|instead|to (get|exchange it for))|name the options|which options|what options [^?\n]*\?|which (variant|version|one) would you like", RegexOptions.IgnoreCase)]
    private static partial Regex WhichOptions();

    [GeneratedRegex(@"\b(which|what) (items?|products?)\b[^?\n]*\?", RegexOptions.IgnoreCase)]
    private static partial Regex WhichItems();

    [GeneratedRegex(@"\b(which|what) order\b|which of (these|your|the) orders|order (number|id)[^?\n]*\?|which one do you mean", RegexOptions.IgnoreCase)]
    private static partial Regex WhichOrder();

    [GeneratedRegex(@"\bwhy (would|do) you (like|want)|what(?:'s| is) the reason|\breason for\b[^?\n]*\?", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();

    [GeneratedRegex(@"(which|what) (other )?payment method|which of your saved payment methods|where should the refund|refund (go|be sent)[^?\n]*\?|pay or receive|which (card|method)\b[^?\n]*\?|how would you like to (pay|be refunded)", RegexOptions.IgnoreCase)]
    private static partial Regex PaymentMethod();

    [GeneratedRegex(@"where should [^?\n]*ship|new address|what(?:'s| is) the (new )?(shipping )?address|send the whole address|start with the street|and the (street|second|city|state|country|zip)[^?\n]*\?|i still need the", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"(pass|transfer|connect|hand) you (over )?(to|with) (a person|someone|a member|our (support )?team)|would you like (to talk to )?a person", RegexOptions.IgnoreCase)]
    private static partial Regex OfferPerson();

    [GeneratedRegex(@"\bdone\b\s*[:!.]|is now ""?(cancelled|return requested|exchange requested|pending \(item modified\))|has been (cancelled|changed|updated)|will (now )?ship to|default (shipping )?address is now", RegexOptions.IgnoreCase)]
    private static partial Regex Done();

    [GeneratedRegex(@"nothing has changed|nothing was changed|i have not (cancelled|changed|started|made)|i haven't (cancelled|changed|started|made)", RegexOptions.IgnoreCase)]
    private static partial Regex NothingChanged();

    [GeneratedRegex(@"\bi (couldn't|could not|can't|cannot)\b|\bcan only be\b|\bonly (a )?(pending|delivered)\b|can no longer be|\bnot possible\b|\bno available\b|there is no other", RegexOptions.IgnoreCase)]
    private static partial Regex Refused();
}
