using System.Security.Cryptography;
using System.Text.Json;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Accounts;

namespace EcomBot.Bot.Capabilities.Proposals;

/// <summary>
/// The change proposals of one conversation, over the list its state keeps. Proposals are added by the capabilities
/// that preview a change; the customer's yes or no is recorded by the one handler that reads those answers
/// (<see cref="RecordAnswer"/>); the change-proposal filter checks a proposal before any carry-out function runs, and
/// marks it carried out. Nothing else changes them.
/// </summary>
public sealed class ProposalBook(ChangeLedger ledger, int turn, TimeProvider clock)
{
    private readonly List<ChangeProposal> _proposals = ledger.Proposals;

    /// <summary>Most proposals kept; older ones are dropped first.</summary>
    public const int Capacity = 8;

    /// <summary>The conversation turn this book is used in.</summary>
    public int Turn { get; } = turn;

    public IReadOnlyList<ChangeProposal> All => _proposals;

    public ChangeProposal? Find(string proposalId) => _proposals.FirstOrDefault(p => p.Id == proposalId);

    /// <summary>The latest proposal still waiting for the customer's answer and not expired, if any.</summary>
    public ChangeProposal? AwaitingAnswer =>
        _proposals.LastOrDefault(p => p.Answer == ProposalAnswer.Awaiting && !p.IsExpired(clock.GetUtcNow()));

    internal ChangeProposal Add(string function, string customerId, AccountChange change, ChangeOutcome preview, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow();
        // A new proposal replaces any still waiting: the customer answers the last thing they were asked.
        WithdrawAwaiting();
        var proposal = new ChangeProposal
        {
            Id = "chg_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            Function = function,
            CustomerId = customerId,
            ChangeJson = JsonSerializer.Serialize(change, CommerceJson.Options),
            PreviewJson = CommerceJson.Serialize(preview),
            CreatedAt = now,
            ExpiresAt = now + lifetime,
            ProposedOnTurn = Turn,
        };
        _proposals.Add(proposal);
        if (_proposals.Count > Capacity)
        {
            _proposals.RemoveRange(0, _proposals.Count - Capacity);
        }
        return proposal;
    }

    /// <summary>Records the customer's answer to the proposal awaiting one, if it was proposed on an earlier turn.
    /// Returns the proposal answered, or null when none was waiting.</summary>
    public ChangeProposal? RecordAnswer(bool yes)
    {
        if (AwaitingAnswer is not { } proposal || proposal.ProposedOnTurn >= Turn)
        {
            return null;
        }
        proposal.Answer = yes ? ProposalAnswer.Yes : ProposalAnswer.No;
        proposal.AnsweredOnTurn = Turn;
        return proposal;
    }

    /// <summary>Why a carry-out of <paramref name="proposalId"/> by <paramref name="function"/> for
    /// <paramref name="customerId"/> may not run now, or null when it may: the one confirmation check.</summary>
    public string? RefusalFor(string proposalId, string function, string? customerId)
    {
        var proposal = Find(proposalId);
        return proposal is null ? "There is no such change proposal in this conversation."
            : proposal.Function != function ? "That proposal is for a different change."
            : proposal.CustomerId != customerId ? "That proposal was made for another customer."
            : proposal.CarriedOutAt is not null ? "That change was already carried out."
            : proposal.Answer != ProposalAnswer.Yes ? "The customer has not confirmed that change."
            : proposal.AnsweredOnTurn is not { } answered || answered <= proposal.ProposedOnTurn ? "The change was not confirmed on a later turn."
            : proposal.IsExpired(clock.GetUtcNow()) ? "That proposal has expired; propose the change again."
            : null;
    }

    /// <summary>Withdraws the proposal awaiting an answer, if any, as if the customer had said no: the conversation moved
    /// on to something else, so a later "yes" must not confirm it.</summary>
    public void WithdrawAwaiting()
    {
        foreach (var waiting in _proposals.Where(p => p.Answer == ProposalAnswer.Awaiting))
        {
            waiting.Answer = ProposalAnswer.No;
            waiting.AnsweredOnTurn = Turn;
        }
    }

    /// <summary>Changes carried out in this conversation so far (kept even after old proposals are dropped).</summary>
    public int CarriedOut => ledger.CarriedOut;

    internal void MarkCarriedOut(string proposalId)
    {
        if (Find(proposalId) is { CarriedOutAt: null } proposal)
        {
            proposal.CarriedOutAt = clock.GetUtcNow();
            ledger.CarriedOut++;
        }
    }
}
