namespace EcomBot.Bot.Conversation.Focus;

/// <summary>
/// What the conversation is about right now, kept across turns and flows: the order last shown or acted on, and the
/// product last shown. "It", "that order" and "this one" mean these (see <see cref="References"/>); a focus goes stale
/// after <see cref="FreshTurns"/> turns without mention, so an old order is not taken for a new request.
/// </summary>
public sealed class ConversationFocus
{
    /// <summary>Turns a focus stays fresh after it was last set.</summary>
    public const int FreshTurns = 6;

    public string? OrderId { get; set; }

    public int OrderTurn { get; set; }

    public string? ProductId { get; set; }

    /// <summary>The variant (item) of <see cref="ProductId"/> in focus, when one was shown or chosen.</summary>
    public string? ItemId { get; set; }

    public int ProductTurn { get; set; }

    public void OnOrder(string orderId, int turn) => (OrderId, OrderTurn) = (orderId, turn);

    public void OnProduct(string productId, string? itemId, int turn) => (ProductId, ItemId, ProductTurn) = (productId, itemId, turn);

    /// <summary>The order in focus, if it was set within the last <see cref="FreshTurns"/> turns.</summary>
    public string? FreshOrder(int turn) => OrderId is not null && turn - OrderTurn <= FreshTurns ? OrderId : null;

    /// <summary>The product in focus, if it was set within the last <see cref="FreshTurns"/> turns.</summary>
    public string? FreshProduct(int turn) => ProductId is not null && turn - ProductTurn <= FreshTurns ? ProductId : null;
}
