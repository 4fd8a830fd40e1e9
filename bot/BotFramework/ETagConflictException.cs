namespace EcomBot.Bot.BotFramework;

/// <summary>
/// A storage write carried an ETag that no longer matches the stored item: someone else changed (or deleted) it
/// since it was read. Read again and reapply the change.
/// </summary>
public sealed class ETagConflictException : Exception
{
    public ETagConflictException()
        : this("The item was changed since it was read.")
    {
    }

    public ETagConflictException(string message)
        : base(message)
    {
    }

    public ETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IReadOnlyList<string> Keys { get; init; } = [];
}
