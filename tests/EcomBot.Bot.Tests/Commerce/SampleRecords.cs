using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Commerce;

/// <summary>A tiny store for rule tests: one customer with a card, PayPal and a $50 gift card; a shirt in four
/// variants (one unavailable) and a mug; an order of one shirt and one mug paid $30 by card.</summary>
internal static class SampleRecords
{
    public static readonly Address Home = new("1 Main St", "", "Austin", "USA", "TX", "78701");

    public static User Customer { get; } = new(
        "ana_1", new UserName("Ana", "Silva"), Home, "ana@example.com",
        new Dictionary<string, PaymentMethod>
        {
            ["credit_card_1"] = new("credit_card", "credit_card_1", Brand: "visa", LastFour: "4242"),
            ["paypal_1"] = new("paypal", "paypal_1"),
            ["gift_card_1"] = new(PaymentMethod.GiftCardSource, "gift_card_1", Balance: 50m),
        },
        ["#W1"]);

    public static IReadOnlyDictionary<string, Product> Products { get; } = new Dictionary<string, Product>
    {
        ["p_shirt"] = new("Shirt", "p_shirt", new Dictionary<string, Variant>
        {
            ["shirt_s"] = Variant("shirt_s", "S", 20m),
            ["shirt_m"] = Variant("shirt_m", "M", 25m),
            ["shirt_l"] = Variant("shirt_l", "L", 30m) with { Available = false },
            ["shirt_xl"] = Variant("shirt_xl", "XL", 100m),
        }),
        ["p_mug"] = new("Mug", "p_mug", new Dictionary<string, Variant> { ["mug"] = Variant("mug", "one size", 10m) }),
    };

    public static Order Order(string status, params PaymentTransaction[] payments) => new(
        "#W1", "ana_1", Home,
        [Item("p_shirt", "shirt_s", "Shirt"), Item("p_mug", "mug", "Mug")],
        status, [],
        payments.Length > 0 ? payments : [new PaymentTransaction(PaymentTransaction.Payment, 30m, "credit_card_1")]);

    public static PaymentTransaction Paid(decimal amount, string method) => new(PaymentTransaction.Payment, amount, method);

    public static decimal GiftCardBalance(User user) => user.PaymentMethods["gift_card_1"].GiftCardBalance;

    private static OrderItem Item(string productId, string itemId, string name)
    {
        var variant = Products[productId].Variants[itemId];
        return new OrderItem(name, productId, itemId, variant.Price, variant.Options);
    }

    private static Variant Variant(string itemId, string size, decimal price) =>
        new(itemId, new Dictionary<string, string> { ["size"] = size }, true, price);
}
