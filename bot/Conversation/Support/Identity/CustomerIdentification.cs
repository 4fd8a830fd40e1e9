using System.Diagnostics;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Identity.Attempts;
using EcomBot.Bot.Conversation.Support.Identity.Codes;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>
/// Identifies the customer before any order talk, as <see cref="IdentityOptions.Mode"/> says: by email or by first
/// name + last name + zip, or by a code emailed to the account's address, or (mode <c>SignedIn</c>) not in chat at all.
/// Besides <see cref="ChannelVouchedIdentity"/> (the channel's word) this is the only place that sets
/// <see cref="ConversationData.CustomerId"/>, and only from a lookup through the identity plugin or a matching code; once set it never changes
/// within the conversation (one customer per conversation): details of another account given later are answered with
/// that rule and are not looked up, so nothing about the other account is revealed. Every try first passes the
/// <see cref="IdentificationGuard"/>, which holds guessing back across conversations, channel users and replicas.
/// </summary>
public sealed class CustomerIdentification(IdentificationGuard guard, EmailCodeVerification codes, IOptions<IdentityOptions> options)
{
    /// <summary>Failed lookups in one flow before it gives up and the customer is offered a person.</summary>
    public const int MaxFailedAttempts = 3;

    /// <summary>What identification comes before unless the flow says otherwise: most flows that identify are about orders.</summary>
    public const string BeforeOrders = "Before we look at your orders";

    /// <summary>The request for the customer's email or name and zip, saying what they are needed for.</summary>
    /// <param name="before">What the customer asked for, as "Before I change your default address".</param>
    public static string AskForDetails(string before = BeforeOrders) => IdentificationReplies.AskForDetails(before);

    /// <inheritdoc cref="EnsureIdentifiedAsync(FlowTurn, IdentificationState, string, CancellationToken)"/>
    public Task<IdentificationOutcome> EnsureIdentifiedAsync(FlowTurn turn, IdentificationState state, CancellationToken cancellationToken) =>
        EnsureIdentifiedAsync(turn, state, BeforeOrders, cancellationToken);

    /// <summary>Makes sure the customer is identified, reading this turn's message as their details (or code) when they
    /// were asked. Returns <see cref="IdentificationOutcome.Identified"/> when the calling flow may go on with its pending request.</summary>
    /// <param name="before">What the details are asked for, fitting the customer's request (see <see cref="AskForDetails"/>).</param>
    public async Task<IdentificationOutcome> EnsureIdentifiedAsync(FlowTurn turn, IdentificationState state, string before, CancellationToken cancellationToken)
    {
        if (turn.Conversation.CustomerId is not null)
        {
            return await RefuseAnotherAccountAsync(turn, cancellationToken)
                ? IdentificationOutcome.AnotherAccountRefused
                : IdentificationOutcome.Identified;
        }
        var door = DoorFor(state);
        if (door == IdentificationDoor.SignIn)
        {
            turn.Say(IdentificationReplies.SignInFirst(before));
            return IdentificationOutcome.GaveUp;
        }
        var details = CustomerDetails.Read(turn.Message.Text, turn.Intent);
        var code = state.Code is null ? null : OneTimeCode.Read(turn.Message.Text, options.Value.CodeLength);
        if (details is null && code is null)
        {
            return AskAgain(turn, state, door, before);
        }
        state.Asked = true;
        if (await guard.CheckCallerAsync(turn.Message, cancellationToken) is { } heldBack)
        {
            return HoldCallerBack(turn, heldBack);
        }
        if (details is null)
        {
            return await codes.CheckAsync(turn, state, code!, cancellationToken);
        }
        return door switch
        {
            IdentificationDoor.Details => await LookUpDetailsAsync(turn, state, details, cancellationToken),
            IdentificationDoor.EmailCode when details.Email is { } email => await codes.SendAsync(turn, state, email, cancellationToken),
            _ => Say(turn, IdentificationReplies.EmailForCode),
        };
    }

    /// <summary>The one place the mode is read: how this conversation's details are checked.</summary>
    private IdentificationDoor DoorFor(IdentificationState state) => options.Value.Mode switch
    {
        IdentityMode.EmailOrNameZip => state.CodeRequired ? IdentificationDoor.EmailCode : IdentificationDoor.Details,
        IdentityMode.VerifiedEmail => IdentificationDoor.EmailCode,
        IdentityMode.SignedIn => IdentificationDoor.SignIn,
        _ => throw new UnreachableException($"Identity:Mode {options.Value.Mode} has no way to identify."),
    };

    /// <summary>A turn without details or a code: the first question, or the question again.</summary>
    private IdentificationOutcome AskAgain(FlowTurn turn, IdentificationState state, IdentificationDoor door, string before)
    {
        if (!state.Asked)
        {
            state.Asked = true;
            turn.Say(door == IdentificationDoor.Details ? IdentificationReplies.AskForDetails(before) : IdentificationReplies.AskForEmail(before));
            return IdentificationOutcome.Waiting;
        }
        turn.Unhelpful = true;
        if (state.Code is not null)
        {
            return Say(turn, IdentificationReplies.TypeTheCode(options.Value.CodeLength));
        }
        if (++state.FailedAttempts >= MaxFailedAttempts)
        {
            IdentificationReplies.OfferPerson(turn, IdentificationReplies.GaveUp);
            return IdentificationOutcome.GaveUp;
        }
        return Say(turn, door == IdentificationDoor.Details ? IdentificationReplies.NoDetails : IdentificationReplies.EmailForCode);
    }

    private static IdentificationOutcome HoldCallerBack(FlowTurn turn, HoldBack heldBack)
    {
        if (heldBack.LockedOut)
        {
            IdentificationReplies.OfferPerson(turn, IdentificationReplies.Paused(heldBack.RetryAfter));
            return IdentificationOutcome.GaveUp;
        }
        turn.Unhelpful = true;
        return Say(turn, IdentificationReplies.Wait(heldBack.RetryAfter));
    }

    /// <summary>Looks the email or name and zip up; a claimed identity someone has been guessing is not looked up, and
    /// its owner can verify by an emailed code instead (or reach a person).</summary>
    private async Task<IdentificationOutcome> LookUpDetailsAsync(
        FlowTurn turn, IdentificationState state, CustomerDetails details, CancellationToken cancellationToken)
    {
        if (await guard.CheckClaimAsync(details, cancellationToken) is { } heldBack)
        {
            state.CodeRequired = codes.CanDeliver;
            IdentificationReplies.OfferPerson(turn, IdentificationReplies.ClaimHeldBack(heldBack.RetryAfter, codes.CanDeliver));
            return IdentificationOutcome.Waiting;
        }
        if (await LookUpAsync(turn, details, cancellationToken) is { } customerId)
        {
            turn.Conversation.CustomerId = customerId;
            // The customer gave the name themselves; an email is not answered with the name it belongs to.
            return Identified(turn, details.Email is null ? IdentificationReplies.FoundByName(details.FirstName!) : IdentificationReplies.FoundByEmail);
        }
        await guard.RecordFailureAsync(turn.Message, details, cancellationToken);
        turn.Unhelpful = true;
        if (++state.FailedAttempts >= MaxFailedAttempts)
        {
            IdentificationReplies.OfferPerson(turn, IdentificationReplies.GaveUp);
            return IdentificationOutcome.GaveUp;
        }
        return Say(turn, IdentificationReplies.NotFound);
    }

    private static IdentificationOutcome Identified(FlowTurn turn, string text)
    {
        turn.Say(text);
        return IdentificationOutcome.Identified;
    }

    private static IdentificationOutcome Say(FlowTurn turn, string text)
    {
        turn.Say(text);
        return IdentificationOutcome.Waiting;
    }

    /// <summary>Says so when this turn gives the details of an account other than the verified one.</summary>
    private static async Task<bool> RefuseAnotherAccountAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (CustomerDetails.ReadClaim(turn.Message.Text, turn.Intent) is not { } claim)
        {
            return false;
        }
        var verified = await turn.Functions.Orders.GetAccountAsync(cancellationToken);
        var same = claim.Email is not null
            ? string.Equals(claim.Email, verified.Email, StringComparison.OrdinalIgnoreCase)
            : string.Equals(claim.FirstName, verified.Name.FirstName, StringComparison.OrdinalIgnoreCase)
                && string.Equals(claim.LastName, verified.Name.LastName, StringComparison.OrdinalIgnoreCase)
                && claim.Zip == verified.Address.Zip;
        if (same)
        {
            return false;
        }
        turn.Unhelpful = true;
        turn.Say($"This conversation is already verified as {verified.Name.FirstName}, and I can only help that one account here, "
            + "so I haven't looked up those details. To get help with a different account, please start a new conversation and verify that account there.");
        return true;
    }

    /// <inheritdoc cref="CustomerDetails.IsOnlyIdentity"/>
    internal static bool IsOnlyIdentity(string text, IntentPrediction intent) => CustomerDetails.IsOnlyIdentity(text, intent);

    private static Task<string?> LookUpAsync(FlowTurn turn, CustomerDetails details, CancellationToken cancellationToken) =>
        details.Email is not null
            ? turn.Functions.Identity.FindByEmailAsync(details.Email, cancellationToken)
            : turn.Functions.Identity.FindByNameZipAsync(details.FirstName!, details.LastName!, details.Zip!, cancellationToken);
}
