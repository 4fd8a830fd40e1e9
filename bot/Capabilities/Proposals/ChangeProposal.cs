using System.Text.Json;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Accounts;

namespace EcomBot.Bot.Capabilities.Proposals;

/// <summary>The customer's answer to a proposed change, recorded only by the conversation's yes/no handler.</summary>
public enum ProposalAnswer
{
    Awaiting,
    Yes,
    No,
}

/// <summary>
/// A change the bot has proposed to the customer, kept in conversation state: exactly what will change (the preview
/// worked out by the store's own rules on the current records), which carry-out function may apply it, for whom, until
/// when, and the customer's answer. Plain settable properties: it is saved with the conversation's state.
/// </summary>
public sealed class ChangeProposal
{
    public string Id { get; set; } = "";

    /// <summary>The kernel function that carries it out, as "Plugin-function" (for example "Orders-cancel_pending_order").</summary>
    public string Function { get; set; } = "";

    public string CustomerId { get; set; } = "";

    /// <summary>The <see cref="AccountChange"/> as the store's JSON.</summary>
    public string ChangeJson { get; set; } = "";

    /// <summary>The <see cref="ChangeOutcome"/> the preview worked out, as the store's JSON.</summary>
    public string PreviewJson { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The conversation turn it was proposed in: a yes counts only on a later turn.</summary>
    public int ProposedOnTurn { get; set; }

    public ProposalAnswer Answer { get; set; }

    public int? AnsweredOnTurn { get; set; }

    public DateTimeOffset? CarriedOutAt { get; set; }

    public AccountChange Change() => JsonSerializer.Deserialize<AccountChange>(ChangeJson, CommerceJson.Options)
        ?? throw new InvalidDataException($"Proposal {Id} holds no change.");

    public ChangeOutcome Preview() => CommerceJson.Deserialize<ChangeOutcome>(PreviewJson);

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;
}
