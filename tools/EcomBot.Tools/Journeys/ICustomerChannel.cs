namespace EcomBot.Tools.Journeys;

/// <summary>How a simulated customer reaches the bot: one conversation, each message a turn whose replies come back
/// with it (Bot Framework <c>expectReplies</c>). Two channels: <see cref="MessageEndpointChannel"/> inside this process,
/// and plain HTTP to a running bot's <c>/api/messages</c> (the integration tests).</summary>
public interface ICustomerChannel
{
    /// <summary>The customer opens the conversation (a conversationUpdate adding them); returns the bot's welcome.</summary>
    Task<IReadOnlyList<BotMessage>> JoinAsync(CancellationToken cancellationToken);

    /// <summary>The customer's message; returns the bot's replies to it, in order.</summary>
    Task<IReadOnlyList<BotMessage>> SayAsync(string text, CancellationToken cancellationToken);
}
