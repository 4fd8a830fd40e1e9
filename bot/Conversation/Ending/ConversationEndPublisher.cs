namespace EcomBot.Bot.Conversation.Ending;

/// <summary>
/// The one way a conversation's end reaches the rest of the bot: logs it (the customer as a pseudonym) and hands it to
/// every <see cref="IConversationEndListener"/>. One listener's failure neither stops the others nor fails the turn.
/// </summary>
public sealed partial class ConversationEndPublisher(
    IEnumerable<IConversationEndListener> listeners, ILogger<ConversationEndPublisher> logger)
{
    private readonly IConversationEndListener[] _listeners = [.. listeners];

    public async Task PublishAsync(ConversationEnded ended, CancellationToken cancellationToken)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var channel = Channel(ended);
            var customer = ended.CustomerPseudonym ?? "not identified";
            LogEnded(ended.Reason, channel, customer);
        }
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnConversationEndedAsync(ended, cancellationToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogListenerFailed(failure, listener.GetType().Name, ended.Reason, Channel(ended));
            }
        }
    }

    private static string Channel(ConversationEnded ended) => Privacy.PersonalDataRedactor.ForLog(ended.ChannelId, 64);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation on {ChannelId} ended ({Reason}) for customer {CustomerPseudonym}.")]
    private partial void LogEnded(ConversationEndReason reason, string channelId, string customerPseudonym);

    [LoggerMessage(Level = LogLevel.Error, Message = "Conversation-end listener {Listener} failed for an end ({Reason}) on {ChannelId}; the other listeners ran.")]
    private partial void LogListenerFailed(Exception failure, string listener, ConversationEndReason reason, string channelId);
}
