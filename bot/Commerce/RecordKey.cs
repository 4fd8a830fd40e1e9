namespace EcomBot.Bot.Commerce;

/// <summary>Identifies one changeable record of the store: a user or an order.</summary>
public readonly record struct RecordKey(string Kind, string Id)
{
    public const string UsersKind = "users";
    public const string OrdersKind = "orders";

    public static RecordKey User(string userId) => new(UsersKind, userId);

    public static RecordKey Order(string orderId) => new(OrdersKind, orderId);

    public override string ToString() => $"{Kind}/{Id}";
}
