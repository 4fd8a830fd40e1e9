using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Conversation.Support.Orders;
using EcomBot.Bot.Plugins.Filters;

namespace EcomBot.Bot.Conversation.Changes;

/// <summary>
/// Ask → validate → confirm → act, written once for every flow that changes the customer's records. A flow says what
/// to ask and how to read the answers (<see cref="CollectAsync"/>) until it knows the change; the base proposes it
/// through the orders plugin (the store's rules work out exactly what would change, nothing is written), shows the
/// proposal and waits. The customer's answer is recorded by the router's one yes/no handler; on the next turn the base
/// carries out a confirmed proposal (the change-proposal filter checks the confirmation again) or says nothing changed.
/// No flow reads "yes" itself.
/// </summary>
public abstract class ChangeFlow<TState> : IConversationFlow
    where TState : class, IChangeFlowState, new()
{
    public abstract FlowDescriptor Descriptor { get; }

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (!turn.FollowsUp && FollowUp(turn) is { } next)
        {
            turn.Then(next);
        }
        return RunAsync(turn, Begin(turn), firstTurn: true, cancellationToken);
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, turn.State<TState>() ?? new TState(), firstTurn: false, cancellationToken);

    /// <summary>The state the flow starts with, from the request that started it.</summary>
    protected virtual TState Begin(FlowTurn turn) => new();

    /// <summary>Asks for what is still missing and reads this turn's answer. Returns the change once everything is
    /// known; null when the turn was spent asking or refusing (the flow has then kept or ended itself).</summary>
    /// <param name="firstTurn">True when the flow starts this turn: its message was the request, not an answer.</param>
    protected abstract Task<AccountChange?> CollectAsync(FlowTurn turn, TState state, bool firstTurn, CancellationToken cancellationToken);

    /// <summary>The request for confirmation, listing exactly what the proposal will change.</summary>
    protected abstract Task<BotReply> ConfirmationAsync(FlowTurn turn, TState state, ChangeProposal proposal, CancellationToken cancellationToken);

    /// <summary>What the customer is told once the change is made.</summary>
    protected abstract Task<BotReply> DoneAsync(FlowTurn turn, TState state, ChangeOutcome outcome, CancellationToken cancellationToken);

    /// <summary>The store refused the change: "I couldn't cancel order #W...: reason."</summary>
    protected abstract string CouldNot(TState state, string reason);

    /// <summary>The store refused the proposed change before anything was asked: a flow that can ask again (another payment
    /// method) explains, asks, keeps itself and returns true; by default the refusal ends the flow.</summary>
    protected virtual Task<bool> AskAgainAsync(FlowTurn turn, TState state, string reason, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    /// <summary>The customer's "no" said which part of the proposal is wrong (see <see cref="ProposalRejection"/>): a flow
    /// that can ask for that part again asks, keeps itself and returns true; by default the flow ends.</summary>
    protected virtual Task<bool> ReviseAsync(FlowTurn turn, TState state, RejectedPart wrong, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    /// <summary>The flow to run with the same request once this one ends, when the request asks for two kinds of change
    /// across the account ("cancel or return everything that isn't for gaming"); null by default.</summary>
    protected virtual string? FollowUp(FlowTurn turn) => null;

    /// <summary>The customer did not say yes: "OK, I have not cancelled order #W...; nothing has changed."</summary>
    protected abstract string NothingChanged(TState state);

    /// <summary>The answer to the confirmation was no yes, but it changes the request itself ("wait, I also want to change
    /// the lamp", "I'd rather pay with my other card"): a flow that reads such an amendment updates its state and returns
    /// true; the base then collects what is still missing and proposes the widened change instead of dropping the request.
    /// By default nothing is amended and nothing changes.</summary>
    protected virtual Task<bool> AmendAsync(FlowTurn turn, TState state, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    private async Task RunAsync(FlowTurn turn, TState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (state.ProposalId is { } proposalId)
        {
            await AnsweredAsync(turn, state, turn.Functions.Session.Proposals.Find(proposalId), cancellationToken);
            return;
        }
        if (await CollectAsync(turn, state, firstTurn, cancellationToken) is not { } change)
        {
            return;
        }
        ChangeProposal proposal;
        try
        {
            proposal = await turn.Functions.Orders.ProposeAsync(change, cancellationToken);
        }
        catch (CommerceException refused)
        {
            turn.Unhelpful = true;
            if (!await AskAgainAsync(turn, state, refused.Message, cancellationToken))
            {
                turn.Say(CouldNot(state, refused.Message));
                turn.End();
            }
            return;
        }
        state.ProposalId = proposal.Id;
        turn.Reply(await ConfirmationAsync(turn, state, proposal, cancellationToken));
        turn.Continue(state);
    }

    private async Task AnsweredAsync(FlowTurn turn, TState state, ChangeProposal? proposal, CancellationToken cancellationToken)
    {
        turn.End();
        if (proposal is { Answer: ProposalAnswer.Awaiting })
        {
            turn.Say(ProposalReplies.Expired);
            return;
        }
        if (proposal is not { Answer: ProposalAnswer.Yes })
        {
            if (proposal is { Answer: ProposalAnswer.No } && await AmendAsync(turn, state, cancellationToken))
            {
                state.ProposalId = null;
                await RunAsync(turn, state, firstTurn: false, cancellationToken);
                return;
            }
            turn.Say(NothingChanged(state));
            if (proposal is null)
            {
                return;
            }
            if (ProposalRejection.Read(turn.Message.Text) is { } wrong)
            {
                // "No, that's not the order I mean": ask which, rather than propose the same again or drop the request.
                state.ProposalId = null;
                await ReviseAsync(turn, state, wrong, cancellationToken);
            }
            else if (!ProposalRejection.Stops(turn.Message.Text) && Following(state) is { } skipped)
            {
                // A "no" to one of several orders asked for at once leaves that one as it is and goes on with the next.
                await RunAsync(turn, skipped, firstTurn: true, cancellationToken);
            }
            return;
        }
        try
        {
            var outcome = await turn.Functions.Orders.CarryOutAsync(proposal, cancellationToken);
            turn.Reply(await DoneAsync(turn, state, outcome, cancellationToken));
        }
        catch (Exception refused) when (refused is CommerceException or FunctionRefusedException)
        {
            turn.Unhelpful = true;
            turn.Say(CouldNot(state, refused.Message.TrimEnd('.')));
            return;
        }
        // The request asked for the same change on several orders ("cancel all my pending orders"): the next one follows.
        if (Following(state) is { } next)
        {
            await RunAsync(turn, next, firstTurn: true, cancellationToken);
        }
    }

    /// <summary>The state for the same change on the next of several orders the request named, or null.</summary>
    private static TState? Following(TState done)
    {
        var next = new TState();
        return done is IOrderFlowState finished && next is IOrderFlowState following && finished.Choice.HandOn(following.Choice) ? next : null;
    }
}
