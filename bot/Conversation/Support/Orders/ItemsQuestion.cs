using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>The parts of the question "which items?" that the return, exchange and item change share.</summary>
internal static class ItemsQuestion
{
    /// <summary>A choice per item, by name and id; a product the order holds more than once also by its options and price,
    /// so the customer sees what tells them apart.</summary>
    public static string[] Choices(Order order) =>
        [.. order.Items.Select(i => order.Items.Count(o => o.Name == i.Name) > 1 ? $"{OrderDescriptions.Item(i)} {i.ItemId}" : $"{i.Name} {i.ItemId}")];

    /// <summary>Why the answer chose nothing when it fit items it did not tell apart, to say before asking again; empty
    /// otherwise.</summary>
    public static string Unclear(Order order, ItemsChoice choice) => choice.Unclear.Count == 0
        ? ""
        : $"That fits {choice.Unclear.Count} items of order {order.OrderId}: {string.Join("; ", choice.Unclear.Select(OrderDescriptions.Item))}. Tell me which you mean, by name, options or price. ";
}
