namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>The item "it" means: kept in the flow's list state and as the conversation's product focus, so "add it to
/// cart" works in the flow that showed it and after another flow took a turn.</summary>
public static class ItemFocus
{
    public static void Set(FlowTurn turn, DiscoveryState state, ShownItem item)
    {
        state.FocusItemId = item.ItemId;
        if (item.ProductId.Length > 0)
        {
            turn.Conversation.Focus.OnProduct(item.ProductId, item.ItemId, turn.Conversation.Turn);
        }
    }
}
