namespace EcomBot.Bot.Conversation.Ending;

/// <summary>
/// Something that acts when a conversation ends. Register it with
/// <c>services.AddSingleton&lt;IConversationEndListener, MyListener&gt;()</c>; <see cref="ConversationEndPublisher"/> calls
/// every registered listener, in registration order. A listener runs inside a customer's turn (goodbye, hand-off) or the
/// idle sweep, so one with slow work queues it; a listener that throws is logged and the others still run.
/// </summary>
public interface IConversationEndListener
{
    Task OnConversationEndedAsync(ConversationEnded ended, CancellationToken cancellationToken);
}
