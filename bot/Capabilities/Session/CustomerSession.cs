using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Signals;

namespace EcomBot.Bot.Capabilities.Session;

/// <summary>How a session knows who the customer is.</summary>
public enum SessionIdentity
{
    /// <summary>Not known yet: only public capabilities (catalogue, policies, the shopper's own cart).</summary>
    None,

    /// <summary>The customer identified themselves in this conversation, by the store's identification rules.</summary>
    Conversation,

    /// <summary>The channel vouches for the user (a Direct Line token minted with the secret for a signed-in shopper).</summary>
    Channel,
}

/// <summary>
/// Who a turn acts for, resolved once per turn by the conversation layer and carried by the turn's kernel to every
/// capability: the channel user (whose cart and anonymous profile it is), the store customer once known, and the
/// conversation's change proposals. No capability takes a customer from an argument; they take it from here.
/// </summary>
public sealed class CustomerSession(
    string channelId, ChannelUser? channelUser, string conversationId, string? customerId, SessionIdentity identity, ProposalBook proposals)
{
    /// <summary>The channel the turn came from (webchat, msteams, emulator ...).</summary>
    public string ChannelId { get; } = channelId;

    /// <summary>The channel account the turn came from; null for channels whose ids cannot name one.</summary>
    public ChannelUser? ChannelUser { get; } = channelUser;

    public string ConversationId { get; } = conversationId;

    /// <summary>The store customer the channel vouches for in this turn (a signed-in shopper), whether or not an account
    /// has that id yet; the identification step checks it through the identity plugin.</summary>
    public string? VouchedCustomerId { get; init; }

    /// <summary>The store customer, or null until identified.</summary>
    public string? CustomerId { get; } = customerId;

    public SessionIdentity Identity { get; } = customerId is null ? SessionIdentity.None : identity;

    public bool IsIdentified => CustomerId is not null;

    /// <summary>The conversation's change proposals (see <see cref="ProposalBook"/>).</summary>
    public ProposalBook Proposals { get; } = proposals;

    /// <summary>Kernel function calls made for this session in this turn (see the call limits filter).</summary>
    public int CallsThisTurn { get; set; }

    /// <summary>The conversation's latest lines, for a hand-off to carry; set by the conversation layer.</summary>
    public IReadOnlyList<Handoff.HandoffTranscriptLine> RecentTranscript { get; init; } = [];

    /// <summary>Whose profile learns from this turn: the customer once known, else the channel user; null if neither can be named.</summary>
    public ProfileSubject? ProfileSubject =>
        CustomerId is { } id && ProfileIds.IsValidCustomerId(id) ? ProfileSubject.Customer(id)
        : ChannelUser is { } user ? ProfileSubject.Of(user)
        : null;

    /// <summary>The customer's id, for capabilities that serve identified customers only.</summary>
    public string RequireCustomer() =>
        CustomerId ?? throw new CustomerNotIdentifiedException();
}

/// <summary>A customer-scoped capability was reached before the customer was identified.</summary>
public sealed class CustomerNotIdentifiedException()
    : InvalidOperationException("The customer is not identified in this conversation yet.");
