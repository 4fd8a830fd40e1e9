namespace EcomBot.Bot.Conversation.Support.Identity.Attempts;

/// <summary>The attempt counts cannot be read or written (Redis is unreachable); identification then waits rather than
/// letting tries through uncounted.</summary>
public sealed class AttemptsUnavailableException(Exception inner)
    : Exception("The identification attempt counts cannot be reached.", inner);
