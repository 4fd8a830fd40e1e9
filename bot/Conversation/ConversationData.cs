using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Conversation.Ending;
using EcomBot.Bot.Conversation.Focus;

namespace EcomBot.Bot.Conversation;

/// <summary>
/// What the bot remembers about one conversation between turns. Saved once per turn by the channel edge
/// (Redis in production), so any replica can take the next turn.
/// </summary>
public sealed class ConversationData
{
    /// <summary>Longest transcript kept for a hand-off summary; older lines are dropped first.</summary>
    public const int TranscriptLimit = 40;

    /// <summary>The flow that owns the next turn, if any (see <see cref="IConversationFlow.Name"/>).</summary>
    public string? ActiveFlow { get; set; }

    /// <summary>The active flow's own state as JSON; each flow reads and writes its own type.</summary>
    public string? FlowState { get; set; }

    /// <summary>The <see cref="FlowDescriptor.StateVersion"/> <see cref="FlowState"/> was written with.</summary>
    public int FlowStateVersion { get; set; }

    /// <summary>A flow to start with <see cref="FollowUpRequest"/> once the flow <see cref="FollowUpAfter"/> ends (see
    /// <see cref="FlowTurn.Then"/>).</summary>
    public string? FollowUpFlow { get; set; }

    public string? FollowUpAfter { get; set; }

    public string? FollowUpRequest { get; set; }

    /// <summary>Turns taken so far; a change proposal's yes counts only on a later turn than the proposal.</summary>
    public int Turn { get; set; }

    /// <summary>The change proposals made in this conversation and how many changes it carried out.</summary>
    public ChangeLedger Changes { get; set; } = new();

    /// <summary>The store customer identified in this conversation; set only by the identification step, or from the
    /// channel's word (<see cref="CustomerVouched"/>).</summary>
    public string? CustomerId { get; set; }

    /// <summary>Whether <see cref="CustomerId"/> is the customer the channel vouches for (a signed-in shopper), not
    /// details given in chat.</summary>
    public bool CustomerVouched { get; set; }

    /// <summary>The order and product the conversation is about, across turns and flows ("cancel it").</summary>
    public ConversationFocus Focus { get; set; } = new();

    /// <summary>The default addresses this conversation's changes replaced, oldest first: "change it back to the original
    /// one" means the first.</summary>
    public List<Commerce.Records.Address> ReplacedDefaultAddresses { get; set; } = [];

    /// <summary>Turns in a row the bot could not help with; drives the offer of a person.</summary>
    public int UnhelpfulTurns { get; set; }

    /// <summary>Set when the bot has just offered a person (the reason, e.g. "RepeatedFailure"); a "yes" accepts.</summary>
    public string? PersonOffered { get; set; }

    /// <summary>The request a plain "yes" stands for on the next turn, when the last answer offered to act ("If you'd like, I
    /// can help you with that now." after a rule: "Start a return"); cleared every turn.</summary>
    public string? OfferedNext { get; set; }

    /// <summary>The turn a person was last offered on: the offer is not repeated every turn.</summary>
    public int? PersonOfferedTurn { get; set; }

    public bool Welcomed { get; set; }

    /// <summary>The campaign message this conversation last received, if any (written by outreach delivery, read by the
    /// re-engagement flow).</summary>
    public Outreach.OutreachContext? Outreach { get; set; }

    /// <summary>The suggested actions the active flow offered in the last turn: a message picking one of them answers it.</summary>
    public List<string> OfferedChoices { get; set; } = [];

    /// <summary>Further words that pick one of <see cref="OfferedChoices"/> (e.g. the products in the orders offered),
    /// so "the helmet one" answers the flow too; kept as long as the choices are.</summary>
    public List<string> OfferedChoiceWords { get; set; } = [];

    /// <summary>The active flow asked a free-text question last turn (an address, a description of a problem): its answer
    /// stays with the flow whatever the classifier makes of it, unless it is a question for something else.</summary>
    public bool AwaitingFreeText { get; set; }

    public List<TranscriptLine> Transcript { get; set; } = [];

    /// <summary>Whether the conversation is open, since when, and how it last ended (see <see cref="ConversationEnding"/>).</summary>
    public ConversationLifetime Lifetime { get; set; } = new();

    /// <summary>What the chat-model path keeps (tokens spent, recent model turns); untouched when no model is configured.</summary>
    public Assistant.AssistantMemory Assistant { get; set; } = new();

    public void Record(string from, string text, DateTimeOffset at)
    {
        Transcript.Add(new TranscriptLine { From = from, Text = text, At = at });
        if (Transcript.Count > TranscriptLimit)
        {
            Transcript.RemoveRange(0, Transcript.Count - TranscriptLimit);
        }
    }
}

/// <summary>One line of the conversation, kept for hand-off summaries.</summary>
public sealed class TranscriptLine
{
    public string From { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
