namespace EcomBot.Bot.State;

/// <summary>
/// A store's records cannot be read or written right now (Redis is down, or not answering in time). When
/// <see cref="OutcomeUnknown"/> is false nothing was changed; when true a write was sent and may or may not have been
/// applied, so the caller must not tell the customer either way.
/// </summary>
public sealed class StoreUnavailableException(string store, bool outcomeUnknown, Exception? cause = null)
    : Exception($"The {store} store is unavailable right now.", cause)
{
    /// <summary>Which store failed, for logs ("conversation state", "order records", ...).</summary>
    public string Store { get; } = store;

    public bool OutcomeUnknown { get; } = outcomeUnknown;
}
