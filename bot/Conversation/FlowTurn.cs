using System.Text.Json;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Plugins.Calls;

namespace EcomBot.Bot.Conversation;

/// <summary>
/// One turn as a flow sees it: the message, the predicted intent, the conversation's memory, the kernel functions it
/// reaches the store, knowledge, cart and profile through, and the replies to send.
/// </summary>
public sealed class FlowTurn(
    CustomerMessage message, IntentPrediction intent, ConversationData conversation, FlowDescriptor flow, TurnFunctions functions)
{

    private readonly List<BotReply> _replies = [];
    private readonly HashSet<string> _choiceWords = [];

    public CustomerMessage Message { get; } = message;

    /// <summary>The descriptor of the flow this turn runs.</summary>
    public FlowDescriptor Flow { get; } = flow;

    public IntentPrediction Intent { get; } = intent;

    public ConversationData Conversation { get; } = conversation;

    /// <summary>The turn's kernel functions, acting for the turn's customer session.</summary>
    public TurnFunctions Functions { get; } = functions;

    /// <summary>For a flow answering aside (<see cref="FlowDescriptor.AnswersAside"/>): the flow it interrupted and that
    /// flow's saved state, which goes on afterwards ("what would I get back for that?" in the middle of a return).</summary>
    public InterruptedFlow? Interrupted { get; init; }

    public IReadOnlyList<BotReply> Replies => _replies;

    /// <summary>True when the flow's reply did not help (a re-prompt or refusal); counted toward offering a person.</summary>
    public bool Unhelpful { get; set; }

    /// <summary>Words besides the suggested actions' own that answer this turn's question (see <see cref="AcceptChoiceWords"/>).</summary>
    public IReadOnlyCollection<string> ChoiceWords => _choiceWords;

    /// <summary>Lets the next message pick one of this turn's suggested actions by other words than their titles, such as
    /// the products in the orders offered; the router then keeps such a message with this flow.</summary>
    public void AcceptChoiceWords(IEnumerable<string> words) => _choiceWords.UnionWith(words.Select(WordForms.Singular));

    /// <summary>True when this turn asked for free text (see <see cref="ExpectFreeText"/>).</summary>
    public bool ExpectsFreeText { get; private set; }

    /// <summary>Says the next message answers this turn's question in free text, such as an address. The classifier can
    /// read any free text as some request ("12 Elm Street ... 78701" as order tracking), so the router keeps the next
    /// message with this flow unless it is a question another flow handles.</summary>
    public void ExpectFreeText() => ExpectsFreeText = true;

    /// <summary>True when the router started this flow as another flow's follow-up (see <see cref="Then"/>).</summary>
    public bool FollowsUp { get; init; }

    /// <summary>Once this flow ends, the flow named runs with the same request ("cancel or return everything": the
    /// cancellations after the returns), unless the customer moves on to something else first.</summary>
    public void Then(string flowName) =>
        (Conversation.FollowUpFlow, Conversation.FollowUpAfter, Conversation.FollowUpRequest) = (flowName, Flow.Name, Message.Text);

    public void Reply(BotReply reply) => _replies.Add(reply);

    public void Say(string text, params string[] suggestedActions) => _replies.Add(BotReply.Say(text, suggestedActions));

    /// <summary>The flow's saved state, or null on its first turn, and also when the state was saved by another
    /// version of the flow or cannot be read (the flow then starts afresh rather than failing the conversation).</summary>
    public T? State<T>() where T : class
    {
        if (Conversation.ActiveFlow != Flow.Name || Conversation.FlowState is not { } json || Conversation.FlowStateVersion != Flow.StateVersion)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Keeps this flow active for the next turn with the given state.</summary>
    public void Continue<T>(T state) where T : class
    {
        Conversation.ActiveFlow = Flow.Name;
        Conversation.FlowState = JsonSerializer.Serialize(state, JsonSerializerOptions.Web);
        Conversation.FlowStateVersion = Flow.StateVersion;
    }

    /// <summary>Ends this flow; the next turn is routed afresh.</summary>
    public void End()
    {
        if (Conversation.ActiveFlow == Flow.Name)
        {
            Conversation.ActiveFlow = null;
            Conversation.FlowState = null;
        }
    }
}

/// <summary>A flow in progress that a question answered aside interrupted: its name and its state as saved.</summary>
public sealed record InterruptedFlow(string Name, string? State)
{
    /// <summary>The state as <typeparamref name="T"/>, or null when it is another flow's or cannot be read.</summary>
    public T? StateAs<T>(string flowName) where T : class
    {
        if (Name != flowName || State is null)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(State, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
