namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>
/// What the shopper asked for so far, kept between turns so "in black" or "cheaper" refine the last search, and the
/// items last shown so "compare 1 and 2" and "the leather one" can point at them.
/// </summary>
public sealed class DiscoveryState
{
    public string Query { get; set; } = "";

    /// <summary>Set when the shopper picked a product among several ("T-Shirt").</summary>
    public string? ProductType { get; set; }

    public decimal? MinPrice { get; set; }

    public decimal? MaxPrice { get; set; }

    /// <summary>Options every result must have (lower-case name to value).</summary>
    public Dictionary<string, string> Options { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The option asked about last turn (or <see cref="SplitOption.ProductKey"/>) and the values offered.</summary>
    public string? AskedOption { get; set; }

    public List<string> AskedValues { get; set; } = [];

    public List<ShownItem> Shown { get; set; } = [];

    /// <summary>The item "it" means: the one whose details were shown, or that was added or picked last.</summary>
    public string? FocusItemId { get; set; }

    /// <summary>Set after "add it to cart" with several items shown and no item in focus: the answer picks the one to add.</summary>
    public bool AskedWhichToAdd { get; set; }

    /// <summary>The wider search offered when nothing cheaper was in stock; a yes runs it.</summary>
    public DiscoveryState? OfferedSearch { get; set; }

    public static DiscoveryState Copy(DiscoveryState state) => new()
    {
        Query = state.Query,
        ProductType = state.ProductType,
        MinPrice = state.MinPrice,
        MaxPrice = state.MaxPrice,
        Options = new Dictionary<string, string>(state.Options, StringComparer.OrdinalIgnoreCase),
        AskedOption = state.AskedOption,
        AskedValues = [.. state.AskedValues],
        Shown = [.. state.Shown],
        FocusItemId = state.FocusItemId,
    };
}

/// <summary>An item shown on a card, numbered from 1 in the order shown.</summary>
public sealed record ShownItem(
    string ItemId, string ProductId, string ProductName, Dictionary<string, string> Options, decimal Price, bool Available);
