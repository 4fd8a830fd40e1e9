using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Support.Account;

/// <summary>What an amount question asks about the customer's own money (see <see cref="AccountAmountsFlow"/>).</summary>
public enum AmountAsked
{
    /// <summary>"What's my gift card balance now?", "how much is left on my gift card?"</summary>
    GiftCardBalance,

    /// <summary>"How much will I get back in total?", "what's the total refund amount?"</summary>
    MoneyBack,

    /// <summary>"How much do I need to pay today?", "what do I owe for the exchange?"</summary>
    ToPay,

    /// <summary>"How much did I pay for that order?", "what's the total of the remaining items in the order?", "how much
    /// have I spent on grills?" (the items of that product across the customer's orders).</summary>
    OrderTotal,

    /// <summary>"What's the most expensive item in that order, and what does it cost?", "which thing I ordered was the
    /// cheapest?"</summary>
    ItemPrice,

    /// <summary>"What would I get back for that?", "how much would I get back for them?" in the middle of a change: what the
    /// change being prepared would move (see <see cref="Orders.PendingChangeAmount"/>).</summary>
    ThisChange,

    /// <summary>"How much would I save by returning the water bottle, and by exchanging the pet bed for the cheapest one?":
    /// the money changes not made would bring back (see <see cref="WhatIfAmounts"/>).</summary>
    WhatIf,
}

/// <summary>
/// Tells a question about the customer's own amounts (a gift card's balance, what comes back or is still to pay after
/// this conversation's changes, what an order cost) from a question about prices in the catalogue ("how much is the red
/// t-shirt?") or the store's rules ("how much does shipping cost?"), by its words.
/// </summary>
public static partial class AmountQuestion
{
    public static AmountAsked? Read(string text)
    {
        var t = text.ToLowerInvariant().Replace('’', '\'');
        if (PriceExtremeItem().IsMatch(t) && !ChangeVerb().IsMatch(t))
        {
            return AmountAsked.ItemPrice;
        }
        if (!Asking().IsMatch(t))
        {
            return null;
        }
        if (Hypothetical().IsMatch(t) && Saving().IsMatch(t) && SupposedChange().IsMatch(t))
        {
            return AmountAsked.WhatIf;
        }
        if (Hypothetical().IsMatch(t) && (MoneyBack().IsMatch(t) || ToPay().IsMatch(t)) && !SupposedChange().IsMatch(t) && ThisOne().IsMatch(t))
        {
            return AmountAsked.ThisChange;
        }
        if (GiftCard().IsMatch(t) && Balance().IsMatch(t))
        {
            return AmountAsked.GiftCardBalance;
        }
        // "how much would I get back if I returned it?" asks about a change not made: the rules, or the flow that makes it.
        var actual = !Hypothetical().IsMatch(t) && (Personal().IsMatch(t) || t.Contains("total", StringComparison.Ordinal));
        if (actual && MoneyBack().IsMatch(t))
        {
            return AmountAsked.MoneyBack;
        }
        if (actual && ToPay().IsMatch(t))
        {
            return AmountAsked.ToPay;
        }
        return OrderTotal().IsMatch(t) ? AmountAsked.OrderTotal : null;
    }

    /// <summary>"the order I placed most recently", "my latest order": the newest order when none is in focus.</summary>
    public static bool MeansLatest(string text) => Latest().IsMatch(text.ToLowerInvariant());

    [GeneratedRegex(@"\b(?:most recent(?:ly)?|latest|last|newest|just placed)\b")]
    private static partial Regex Latest();

    // The change being prepared, pointed at: "for that", "for them".
    [GeneratedRegex(@"\b(?:that|this|it|those|these|them)\b")]
    private static partial Regex ThisOne();

    // A question about an amount: "how much", "what's the total/balance/amount", "total refund?", "what would I get back".

    [GeneratedRegex(@"\bwhat (?:would|will|do|'d|'ll|could) (?:i|we) get back\b|\bhow much\b|\b(?:what|what's|whats|tell me)\b.*\b(?:total|balance|amount|sum)\b|\b(?:total|balance)\b.*\?\s*$|\bhow many dollars\b|\bwhat(?:'s| is) left\b")]
    private static partial Regex Asking();

    // "what's the most expensive item in that order", "which of the things I bought cost the most?"
    [GeneratedRegex(@"\b(?:what|what's|whats|which)\b.*(?:\b(?:most|least) (?:expensive|costly|pricey)\b|\bcheapest\b|\bpriciest\b|\bdearest\b|\bcost(?:s|ed)? (?:the )?(?:most|least)\b).*\b(?:order|orders|ordered|bought|purchased|got)\b"
        + @"|\b(?:what|what's|whats|which)\b.*\b(?:order|orders|ordered|bought|purchased)\b.*(?:\b(?:most|least) (?:expensive|costly|pricey)\b|\bcheapest\b|\bpriciest\b|\bdearest\b|\bcost(?:s|ed)? (?:the )?(?:most|least)\b)")]
    private static partial Regex PriceExtremeItem();

    // A request to change something, which the flow that makes the change answers ("switch them to the cheapest options").
    [GeneratedRegex(@"\b(?:switch|change|exchange|swap|upgrade|downgrade|return|cancel|replace|modify)\b")]
    private static partial Regex ChangeVerb();

    [GeneratedRegex(@"\b(?:save|saving|savings|get back|money back|refund\w*)\b")]
    private static partial Regex Saving();

    // A change of the customer's own items supposed: "by returning the bottle", "if I exchanged my chair"; not "if I
    // returned a used item", which asks the rules.
    [GeneratedRegex(@"\bby (?:returning|exchanging|cancel+ing|swapping|switching|changing)\b|\bif (?:i|we) (?:return|exchang|cancel|swap|switch|chang)\w* (?:the|my|it|them|both|those|these)\b")]
    private static partial Regex SupposedChange();

    [GeneratedRegex(@"\b(?:if|would|could|whether)\b")]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"\b(?:i|me|my|we|us|our)\b")]
    private static partial Regex Personal();

    [GeneratedRegex(@"\bgift ?cards?\b")]
    private static partial Regex GiftCard();

    [GeneratedRegex(@"\b(?:balance|left|remaining|remain|on it|on my|have|has)\b")]
    private static partial Regex Balance();

    [GeneratedRegex(@"\b(?:get|getting|be getting|receive|money) back\b|\brefund(?:s|ed)?\b|\bback in total\b|\bcredited\b|\breimburs\w*")]
    private static partial Regex MoneyBack();

    [GeneratedRegex(@"(?<!did )\b(?:i|we) (?:need to |have to |must |will |'ll |'d )?(?:pay|owe)\b|\bto pay\b|\bcharged?\b|\bowe\b|\bextra\b|\bprice difference\b")]
    private static partial Regex ToPay();

    [GeneratedRegex(@"\b(?:i|we) (?:paid|spent|pay|spend)\b|\bdid (?:i|we) pay\b|\b(?:total|price|cost)\b.*\b(?:orders?|items?|purchases?|bought|ordered)\b|\b(?:orders?|items)\b.*\b(?:total|cost)\b")]
    private static partial Regex OrderTotal();
}
