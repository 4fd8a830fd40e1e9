using EcomBot.Bot.Capabilities.Session;

namespace EcomBot.Bot.Conversation;

/// <summary>
/// The one handler that reads the customer's answer to a proposed change. The router calls it when a turn goes to the
/// flow that asked: an explicit yes confirms the proposal, anything else declines it. When the conversation moves on
/// instead (start over, another request, a person), the proposal is withdrawn, so a later "yes" confirms nothing.
/// </summary>
public static class ProposalAnswers
{
    public static void Record(CustomerMessage message, CustomerSession session) =>
        session.Proposals.RecordAnswer(ConfirmationAnswers.IsExplicitYes(message.Text));

    public static void Withdraw(CustomerSession session) => session.Proposals.WithdrawAwaiting();
}
