namespace EcomBot.Bot.Conversation.Changes;

/// <summary>The state of a flow that proposes a change: the proposal waiting for the customer's answer, once made.</summary>
public interface IChangeFlowState
{
    string? ProposalId { get; set; }
}
