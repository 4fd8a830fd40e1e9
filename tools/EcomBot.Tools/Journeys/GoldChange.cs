using System.Text.Json.Nodes;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Tools.Replay;

namespace EcomBot.Tools.Journeys;

/// <summary>The kinds of change a customer confirms, named by the benchmark's tools.</summary>
public enum ChangeKind
{
    Cancel,
    Return,
    Exchange,
    ModifyItems,
    OrderAddress,
    OrderPayment,
    DefaultAddress,
}

/// <summary>
/// One change the task's gold tool calls make (a successful recorded step), with the records it concerns, so a
/// summary of a proposed change can be checked against it: the order, the items and what they become, the payment
/// method, the reason, the address.
/// </summary>
public sealed record GoldChange(
    ChangeKind Kind,
    string? OrderId,
    IReadOnlyList<OrderItem> Items,
    IReadOnlyList<Variant> NewItems,
    PaymentMethod? Payment,
    string? Reason,
    Address? Address)
{
    private static readonly Dictionary<string, ChangeKind> Kinds = new(StringComparer.Ordinal)
    {
        ["cancel_pending_order"] = ChangeKind.Cancel,
        ["return_delivered_order_items"] = ChangeKind.Return,
        ["exchange_delivered_order_items"] = ChangeKind.Exchange,
        ["modify_pending_order_items"] = ChangeKind.ModifyItems,
        ["modify_pending_order_address"] = ChangeKind.OrderAddress,
        ["modify_pending_order_payment"] = ChangeKind.OrderPayment,
        ["modify_user_address"] = ChangeKind.DefaultAddress,
    };

    /// <summary>The changes of a recorded task, in order: its successful steps that change a record.</summary>
    public static IReadOnlyList<GoldChange> Of(ReplayTask task, StoreDatabase database) =>
        [.. task.Steps.Where(s => s.Ok && Kinds.ContainsKey(s.Action)).Select(s => From(Kinds[s.Action], s.Arguments, database))];

    private static GoldChange From(ChangeKind kind, JsonObject arguments, StoreDatabase database)
    {
        var orderId = (string?)arguments["order_id"];
        var order = orderId is null ? null : database.Orders.GetValueOrDefault(orderId);
        var userId = (string?)arguments["user_id"] ?? order?.UserId;
        var user = userId is null ? null : database.Users.GetValueOrDefault(userId);
        var items = Ids(arguments["item_ids"])
            .Select(id => order?.Items.FirstOrDefault(i => i.ItemId == id))
            .OfType<OrderItem>()
            .ToList();
        var newItems = Ids(arguments["new_item_ids"])
            .Select(id => database.ProductIdOfItem(id) is { } productId ? database.Products[productId].Variants[id] : null)
            .OfType<Variant>()
            .ToList();
        var payment = (string?)arguments["payment_method_id"] is { } methodId ? user?.PaymentMethods.GetValueOrDefault(methodId) : null;
        Address? address = arguments["address1"] is null
            ? null
            : new Address(Text(arguments, "address1"), Text(arguments, "address2"), Text(arguments, "city"),
                Text(arguments, "country"), Text(arguments, "state"), Text(arguments, "zip"));
        return new GoldChange(kind, orderId, items, newItems, payment, (string?)arguments["reason"], address);
    }

    private static IEnumerable<string> Ids(JsonNode? node) =>
        node is JsonArray array ? array.Select(x => (string?)x ?? "") : [];

    private static string Text(JsonObject arguments, string name) => (string?)arguments[name] ?? "";
}
