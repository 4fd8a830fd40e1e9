using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Recommendations;

/// <summary>A hand-made catalogue and order history small enough to count co-purchases by hand.</summary>
internal static class TinyStore
{
    private static readonly Address Home = new("1 Main St", "", "Austin", "USA", "TX", "78701");

    public static Product Tent { get; } = Product("Tent", ("tent_green", "green", 200m), ("tent_black", "black", 220m));

    public static Product Lantern { get; } = Product("Lantern", ("lantern_black", "black", 30m));

    public static Product Stove { get; } = Product("Stove", ("stove_black", "black", 80m));

    public static Product Kettle { get; } = Product("Kettle", ("kettle_red", "red", 40m), ("kettle_black", "black", 40m));

    /// <summary>Consumable in the tests' options.</summary>
    public static Product Notebook { get; } = Product("Notebook", ("notebook_a5", "white", 5m));

    public static Product[] Catalogue { get; } = [Tent, Lantern, Stove, Kettle, Notebook];

    public static Order Order(string orderId, string userId, params Product[] products) =>
        Order(orderId, userId, OrderStatus.Delivered, products);

    public static Order Order(string orderId, string userId, string status, params Product[] products) => new(
        orderId, userId, Home,
        [.. products.Select(p => p.Variants.Values.First()).Select((v, i) =>
            new OrderItem(products[i].Name, products[i].ProductId, v.ItemId, v.Price, v.Options))],
        status, [], []);

    /// <summary>The orders as the store's anonymised history gives them to the co-purchase model.</summary>
    public static EcomBot.Bot.Commerce.History.AnonymousOrder[] Anonymous(params Order[] orders) =>
        [.. orders.Select(o => new EcomBot.Bot.Commerce.History.AnonymousOrder(o.UserId, o.Status, [.. o.Items.Select(i => i.ProductId)]))];

    private static Product Product(string name, params (string ItemId, string Color, decimal Price)[] variants) => new(
        name,
        "p_" + name.ToLowerInvariant(),
        variants.ToDictionary(
            v => v.ItemId,
            v => new Variant(v.ItemId, new Dictionary<string, string> { ["color"] = v.Color }, true, v.Price)));
}
