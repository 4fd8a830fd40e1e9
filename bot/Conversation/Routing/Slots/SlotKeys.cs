namespace EcomBot.Bot.Conversation.Routing.Slots;

/// <summary>
/// Keys of <see cref="IntentPrediction.Slots"/>. Values are normalised: order ids as <c>#W</c> plus seven digits,
/// emails lower-cased, names title-cased, prices as invariant decimals without a currency sign, product options
/// in the catalogue's own spelling.
/// </summary>
public static class SlotKeys
{
    public const string OrderId = "order_id";
    public const string Email = "email";
    public const string Zip = "zip";
    public const string FirstName = "first_name";
    public const string LastName = "last_name";
    public const string PriceMax = "price_max";
    public const string PriceMin = "price_min";

    /// <summary>A catalogue item (variant) id, as a product card's buttons send it.</summary>
    public const string ItemId = "item_id";

    /// <summary>Set by the router when the customer accepts the offer of a person: the reason the offer carried.</summary>
    public const string HandoffReason = "handoff_reason";

    /// <summary>Prefix of product option slots: <c>option:color</c>, <c>option:size</c>, <c>option:screen size</c> ...</summary>
    public const string OptionPrefix = "option:";

    public static string Option(string optionName) => OptionPrefix + optionName;
}
