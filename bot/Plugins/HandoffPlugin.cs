using System.ComponentModel;
using EcomBot.Bot.Capabilities.Handoff;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins;

/// <summary>Passing the conversation to a person on the support team.</summary>
public sealed class HandoffPlugin(SupportHandoff handoff)
{
    public const string TransferToHuman = "transfer_to_human_agents";

    [KernelFunction(TransferToHuman), Description("Passes the conversation to a person with a summary, so the customer need not repeat themselves; returns the reference and when a person replies.")]
    public Task<HandoffTicket> TransferToHumanAsync(
        Kernel kernel,
        [Description("Why: CustomerAsked, RepeatedFailure, Frustration, OutOfScope, Complaint, AccountDeletion, PaymentProblem or RefundDelayed.")] HandoffReason reason,
        [Description("A short summary of what the customer needs, for the person who takes over.")] string summary,
        CancellationToken cancellationToken)
    {
        var session = KernelSession.Of(kernel);
        return handoff.HandOffAsync(session, session.ChannelId, new HandoffRequest(reason, summary, session.RecentTranscript), cancellationToken);
    }
}
