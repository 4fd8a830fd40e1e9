namespace EcomBot.Bot.Commerce.Rules;

/// <summary>How <c>modify_pending_order_items</c> prices the modified items.</summary>
public enum ModifiedItemPricing
{
    /// <summary>Each modified item takes its new variant's price and options (the store's behaviour).</summary>
    OwnVariant,

    /// <summary>Every modified item takes the price and options of the last new variant in the request, as the
    /// tau2 benchmark's reference tool does (a quirk of that tool). Used only to replay its recordings.</summary>
    LastVariantLikeBenchmark,
}
