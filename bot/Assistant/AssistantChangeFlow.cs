using System.Text.Json;
using System.Text.RegularExpressions;
using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Changes;
using EcomBot.Bot.Conversation.Support.Addresses;
using EcomBot.Bot.Plugins.Filters;

namespace EcomBot.Bot.Assistant;

/// <summary>
/// The customer's answer to a change the chat model proposed. The model never carries a change out: the bot showed
/// the proposal in its own words, the router's yes/no handler recorded the answer, and this flow carries out a
/// confirmed proposal (the change-proposal filter checks it once more) or says that nothing changed.
/// </summary>
public sealed partial class AssistantChangeFlow : IConversationFlow
{
    public const string Name = "assistant-change";

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For(Name);

    /// <summary>Makes this flow wait for the answer to <paramref name="proposal"/>.</summary>
    public static void Await(ConversationData conversation, ChangeProposal proposal)
    {
        conversation.ActiveFlow = Name;
        conversation.FlowState = JsonSerializer.Serialize(new AwaitedProposal { ProposalId = proposal.Id }, JsonSerializerOptions.Web);
        conversation.FlowStateVersion = 1;
    }

    /// <summary>A plain yes or no, which code answers; anything longer is for the model.</summary>
    public static bool IsYesOrNo(string text) => ConfirmationAnswers.IsExplicitYes(text) || PlainNo().IsMatch(text.Trim());

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        turn.End();
        return Task.CompletedTask;
    }

    public async Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var awaited = turn.State<AwaitedProposal>();
        turn.End();
        var proposal = awaited is null ? null : turn.Functions.Session.Proposals.Find(awaited.ProposalId);
        if (proposal is not { Answer: ProposalAnswer.Yes })
        {
            turn.Say(proposal is { Answer: ProposalAnswer.Awaiting }
                ? ProposalReplies.Expired
                : "OK, I haven't made that change; nothing has changed.");
            return;
        }
        try
        {
            var outcome = await turn.Functions.Orders.CarryOutAsync(proposal, cancellationToken);
            turn.Say(Done(proposal.Change(), outcome));
        }
        catch (Exception refused) when (refused is CommerceException or FunctionRefusedException)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't make that change: {refused.Message.TrimEnd('.')}. Nothing has changed.");
        }
    }

    private static string Done(AccountChange change, ChangeOutcome outcome) => change switch
    {
        ModifyDefaultAddress => $"Done: your default shipping address is now {AddressReader.Describe(outcome.AccountAfter.Address)}.",
        ModifyPendingOrderAddress => $"Done: order {outcome.OrderAfter!.OrderId} will ship to {AddressReader.Describe(outcome.OrderAfter.Address)}.",
        _ when outcome.OrderAfter is { } order => $"Done: order {order.OrderId} is now \"{order.Status}\".",
        _ => "Done.",
    };

    [GeneratedRegex(@"^(no|nope|nah|no thanks|no, thanks|no thank you|no, thank you|don't|do not|cancel|stop)[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlainNo();

    internal sealed class AwaitedProposal
    {
        public string ProposalId { get; set; } = "";
    }
}
