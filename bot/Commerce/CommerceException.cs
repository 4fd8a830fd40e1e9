namespace EcomBot.Bot.Commerce;

/// <summary>A request the store refuses (unknown record, a rule of the policy). The message is the store's
/// own wording, safe to show to a customer or a model, e.g. "Non-pending order cannot be cancelled".</summary>
public sealed class CommerceException(string message) : Exception(message);
