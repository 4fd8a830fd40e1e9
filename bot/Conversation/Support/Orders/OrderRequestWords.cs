using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Reads which order actions a message asks for by its verbs, however many product options surround them: exchange,
/// swap or replace ("a new pair with the same specs") an item; return or send it back; cancel it (a return when the
/// customer says it was received); change, modify, switch or upgrade an item, an order's address or how it is paid; a
/// wrong address. A verb counts only with something to act on (an order, or a product the store sells named in the
/// message); a verb negated ("don't cancel the whole order") or inside a question about facts ("what's the refund
/// amount?") does not.
/// </summary>
public static partial class OrderRequestWords
{
    // Words of product names that describe rather than name a product ("water resistance", "light blue", "smart").
    private static readonly HashSet<string> Describing = new(StringComparer.Ordinal)
    {
        "set", "led", "light", "running", "smart", "electric", "wireless", "portable", "digital", "indoor", "security", "air",
        "water", "wall", "office", "desk", "gaming", "garden", "tea", "coffee", "action", "mechanical", "bluetooth", "pet",
        "patio", "makeup", "yoga", "cycling", "fleece", "e", "t",
    };

    /// <summary>The words that name a product in a message: the words of the store's product names, less describing ones.</summary>
    public static HashSet<string> ProductWords(IEnumerable<string> productNames) =>
        productNames.SelectMany(WordForms.Words).Where(w => !Describing.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The order intents the message's verbs ask for, the first named first (empty when none).
    /// <paramref name="productWords"/> are the words that name a product (<see cref="ProductWords"/>);
    /// <paramref name="namesOrderId"/> says an order id was found in it. With <paramref name="ownedOnly"/>, a change of
    /// an item counts only when the item is said to be the customer's ("my t-shirt", "in my order", "I received"): while
    /// products are being browsed, "change the t-shirt to red" is about the ones shown.
    /// </summary>
    public static IReadOnlyList<string> Actions(string text, IReadOnlySet<string> productWords, bool namesOrderId, bool ownedOnly = false)
    {
        var lowered = text.ToLowerInvariant().Replace('’', '\'');
        var names = WordForms.Words(lowered).Any(productWords.Contains);
        var order = namesOrderId || OrderWord().IsMatch(lowered);
        var owned = namesOrderId || Owned().IsMatch(lowered);
        var found = new List<string>();
        foreach (var sentence in Sentences().Split(lowered).Where(s => s.Trim().Length > 0))
        {
            var clause = sentence.Trim();
            var asking = FactQuestion().IsMatch(clause);
            // "can I change the jigsaw ...?" asks for one particular item of theirs; "can I return an item after 60 days?" a rule.
            var definite = namesOrderId || Definite(clause, productWords);
            if (WrongAddress().IsMatch(clause))
            {
                found.Add(Intents.ChangeShippingAddress);
            }
            foreach (Match verb in Verb().Matches(clause))
            {
                if (asking || Negated(clause, verb.Index) || (RuleQuestionForm().IsMatch(clause) && !definite))
                {
                    continue;
                }
                var intent = verb.Groups switch
                {
                    var g when g["exchange"].Success => Intents.ChangeOrder,
                    var g when g["return"].Success => Intents.GetRefund,
                    var g when g["cancel"].Success => Received().IsMatch(lowered) ? Intents.GetRefund : Intents.CancelOrder,
                    var g when g["remove"].Success => Intents.CancelOrder,
                    _ => ChangeOf(clause, names, owned, ownedOnly),
                };
                // A refund of an item ("refund the water bottle"), not of a difference or an order's payment.
                var refund = verb.Groups["refund"].Success;
                var needsObject = intent is Intents.ChangeOrder or Intents.GetRefund or Intents.CancelOrder;
                if (intent is not null && (!needsObject || names || (order && !refund)))
                {
                    found.Add(intent);
                }
            }
        }
        return [.. found.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>What "change ..." changes: the order's address, how it is paid, or an item; null for what no order flow
    /// changes (the account's default address, a password, one's mind).</summary>
    private static string? ChangeOf(string clause, bool namesProduct, bool owned, bool ownedOnly)
    {
        if (AccountThing().IsMatch(clause))
        {
            return null;
        }
        if (clause.Contains("address", StringComparison.Ordinal))
        {
            return Intents.ChangeShippingAddress;
        }
        if (PaymentThing().IsMatch(clause) && !namesProduct)
        {
            return Intents.ChangePaymentMethod;
        }
        return namesProduct && (owned || !ownedOnly) ? Intents.ChangeOrder : null;
    }

    private static bool Negated(string clause, int at) => NegationBefore().IsMatch(clause[..at]);

    [GeneratedRegex(@"\b(?:(?<exchange>exchang(?:e|ing)|swap(?:ping)?|replac(?:e|ing|ement)|trade|new (?:pair|one)s?)"
        + @"|(?<return>return(?:ing)?(?! (?:policy|policies|window|period|label|shipping|process))|send(?:ing)? (?:\S+ ){0,5}back|ship (?:\S+ ){0,4}back"
        + @"|(?<refund>refund (?:me|the|my|it|this|that|them|these|those|for)|(?:a|full) refund (?:for|on)))"
        + @"|(?<cancel>cancel(?:l?ing)?)(?!l?ed)"
        + @"|(?<remove>(?:remove|take) (?:\S+ ){0,6}(?:from|off|out of) (?:my|the|this|that|its|your) (?:\w+ )?order)"
        + @"|(?<change>chang(?:e|ing)|modify(?:ing)?|switch(?:ing)?|upgrad(?:e|ing)|downgrad(?:e|ing)|edit(?:ing)?))\b")]
    private static partial Regex Verb();

    // "don't cancel the whole order", and a request set aside: "forget the exchange", "instead of returning it".
    [GeneratedRegex(@"(?:\bdon't|\bdo not|\bnot|\bnever|\bdont|\bwithout|\bno need to|\bforget(?: about)?|\binstead of|\brather than|\bnever ?mind|\bscrap|\bno more)\s+(?:\S+\s+)?$")]
    private static partial Regex NegationBefore();

    // A question after facts: "what's the total refund amount?", "how much will I get back?", "when will it arrive?".
    [GeneratedRegex(@"^(?:\W*(?:and|so|also|ok|okay|then|wait)\W+)?(?:how|what|what's|whats|when|where|why|which|who|is|are|was|were|has|have|had|did|does|do)\b")]
    private static partial Regex FactQuestion();

    // "can I ...", "could I ...", "is it possible to ...": the form of a question about the rules.
    [GeneratedRegex(@"^(?:\W*(?:and|so|also|ok|okay|then)\W+)?(?:(?:can|could|may|should) (?:i|we|one)|is it possible)\b")]
    private static partial Regex RuleQuestionForm();

    /// <summary>A product or an order named definitely: "the 1000-piece jigsaw", "my order", not "an order that was delivered".</summary>
    private static bool Definite(string clause, IReadOnlySet<string> productWords)
    {
        var words = WordForms.Words(clause).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!productWords.Contains(words[i]) && words[i] is not "order")
            {
                continue;
            }
            foreach (var before in Enumerable.Range(1, 4).Where(k => i - k >= 0).Select(k => words[i - k]))
            {
                if (before is "a" or "an" or "any")
                {
                    break;
                }
                if (before is "my" or "the" or "thi" or "these" or "those") // "thi": "this" made singular
                {
                    return true;
                }
            }
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:order|orders|purchase|package|parcel)\b")]
    private static partial Regex OrderWord();

    [GeneratedRegex(@"\b(?:my|mine|our)\b|\border\b|\b(?:i|we) (?:just |already )?(?:received|bought|ordered|got|purchased|have)\b|\bpending\b|\bdelivered\b")]
    private static partial Regex Owned();

    [GeneratedRegex(@"\b(?:received|delivered|arrived|got (?:it|them|the)|came)\b")]
    private static partial Regex Received();

    [GeneratedRegex(@"\b(?:wrong|incorrect|old|outdated) (?:shipping |delivery )?address\b|\baddress (?:is |was )?(?:wrong|incorrect)\b|\btyped (?:\S+ ){0,3}address wrong\b")]
    private static partial Regex WrongAddress();

    [GeneratedRegex(@"\b(?:default|account|profile|password|email|e-mail|username|user name|name|phone|mind|subscription|newsletter)\b")]
    private static partial Regex AccountThing();

    [GeneratedRegex(@"\b(?:pay|paid|paying|payment|card|paypal|gift card|billing)\b")]
    private static partial Regex PaymentThing();

    [GeneratedRegex(@"(?<=[.!?;])\s+|\n")]
    private static partial Regex Sentences();
}
