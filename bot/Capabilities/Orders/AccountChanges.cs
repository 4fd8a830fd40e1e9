using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Capabilities.Session;
using EcomBot.Bot.Commerce.Accounts;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Capabilities.Orders;

/// <summary>
/// Changes to a customer's orders and account, in two steps: <see cref="ProposeAsync"/> works out exactly what the change
/// will do on the current records (nothing is written) and keeps it as a proposal in the conversation;
/// <see cref="CarryOutAsync"/> applies a proposal, which the change-proposal filter lets through only after the
/// customer's explicit yes on a later turn.
/// </summary>
public sealed class AccountChanges(ICustomerAccounts accounts, IOptions<ProposalOptions> options)
{
    public async Task<ChangeProposal> ProposeAsync(CustomerSession session, string carryOutFunction, AccountChange change, CancellationToken cancellationToken)
    {
        var customerId = session.RequireCustomer();
        var preview = await accounts.Open(customerId).PreviewAsync(change, cancellationToken);
        return session.Proposals.Add(carryOutFunction, customerId, change, preview, TimeSpan.FromMinutes(options.Value.LifetimeMinutes));
    }

    public async Task<ChangeOutcome> CarryOutAsync(CustomerSession session, string proposalId, CancellationToken cancellationToken)
    {
        var proposal = session.Proposals.Find(proposalId) ?? throw new InvalidOperationException("No such proposal.");
        var outcome = await accounts.Open(session.RequireCustomer()).ApplyAsync(proposal.Change(), cancellationToken);
        session.Proposals.MarkCarriedOut(proposalId);
        return outcome;
    }
}
