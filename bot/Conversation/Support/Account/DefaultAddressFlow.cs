using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation.Support.Addresses;
using EcomBot.Bot.Conversation.Support.Handoff;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Conversation.Support.Orders;

namespace EcomBot.Bot.Conversation.Support.Account;

/// <summary>
/// The customer's default shipping address, the one part of an account support may change: identify, show the address
/// on file, take the new one (whole or field by field), read it back, and change it only after an explicit yes.
/// "Set up a shipping address" starts here directly; "edit my account" first says what can be changed and asks.
/// </summary>
public sealed class DefaultAddressFlow(ICommerceStore store, CustomerIdentification identification) : IConversationFlow
{
    public const string SetUpShippingAddress = "set_up_shipping_address";
    public const string EditAccount = "edit_account";

    private const string IdentifyBefore = "Before I change your default address";

    public string Name => "default-address";

    public bool Handles(string intent) => intent is SetUpShippingAddress or EditAccount;

    public async Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Intent.Intent == EditAccount)
        {
            turn.Say(
                "Your account holds your name, email address, default shipping address and saved payment methods. "
                + "I can change your default shipping address here; for your name, email or payment methods, a person from "
                + "our team can help. Would you like to change your default address?",
                AccountAccess.ChangeDefaultAddress, PersonOffer.TalkToAPerson);
            turn.Continue(new DefaultAddressState { AskedWhatToEdit = true });
            return;
        }
        await RunAsync(turn, new DefaultAddressState(), firstTurn: true, cancellationToken);
    }

    public async Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State<DefaultAddressState>() ?? new DefaultAddressState();
        if (state.AskedWhatToEdit)
        {
            state.AskedWhatToEdit = false;
            if (!WantsAddressChange(turn.Message.Text))
            {
                turn.Say("OK, I haven't changed anything. Is there anything else I can help you with?", StandardReplies.TopicActions);
                turn.End();
                return;
            }
            await RunAsync(turn, state, firstTurn: true, cancellationToken);
            return;
        }
        await RunAsync(turn, state, firstTurn: false, cancellationToken);
    }

    private async Task RunAsync(FlowTurn turn, DefaultAddressState state, bool firstTurn, CancellationToken cancellationToken)
    {
        var wasIdentified = turn.Conversation.CustomerId is not null;
        var outcome = await identification.EnsureIdentifiedAsync(turn, state.Identification, IdentifyBefore, cancellationToken);
        if (outcome != IdentificationOutcome.Identified)
        {
            if (outcome == IdentificationOutcome.GaveUp)
            {
                turn.End();
            }
            else
            {
                turn.Continue(state);
            }
            return;
        }
        var account = new CustomerAccount(store, turn.Conversation.CustomerId!);
        var current = (await account.GetProfileAsync(cancellationToken)).Address;
        // The request itself, or the turn that identified the customer, carries no part of the new address.
        var answer = firstTurn || !wasIdentified ? null : turn.Message.Text.Trim();
        if (!state.Address.IsComplete)
        {
            if (answer is null)
            {
                turn.Say($"Your default shipping address is {AddressReader.Describe(current)}. Your account keeps one default "
                    + "address, used for future orders; a new one replaces it. What should the new address be? " + AddressReader.AskWhole);
                turn.ExpectFreeText();
                turn.Continue(state);
                return;
            }
            var problem = AddressReader.Read(answer, state.Address);
            if (!state.Address.IsComplete)
            {
                turn.Unhelpful = problem is not null;
                turn.Say(AddressReader.AskNext(state.Address, problem));
                turn.ExpectFreeText();
                turn.Continue(state);
                return;
            }
            turn.Say($"Please confirm: your default shipping address will be {AddressReader.Describe(state.Address.ToAddress())} "
                + $"instead of {AddressReader.Describe(current)}.\nReply \"yes\" to change it; anything else changes nothing.", "yes", "no");
            turn.Continue(state);
            return;
        }
        turn.End();
        if (answer is null || !OrderDescriptions.IsExplicitYes(answer))
        {
            turn.Say("OK, I have not changed your default address; nothing has changed.");
            return;
        }
        try
        {
            var changed = await account.ModifyAddressAsync(state.Address.ToAddress(), cancellationToken);
            turn.Say($"Done: your default shipping address is now {AddressReader.Describe(changed.Address)}. Orders you have "
                + "already placed keep their own address; I can change a pending order's address too if you like.",
                "Change an order's shipping address");
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't change your default address: {error.Message}.");
        }
    }

    private static bool WantsAddressChange(string text) =>
        OrderDescriptions.IsExplicitYes(text)
        || text.Trim().ToLowerInvariant() is "yeah" or "sure" or "ok" or "okay" or "yep"
        || text.Contains("address", StringComparison.OrdinalIgnoreCase);
}

public sealed class DefaultAddressState
{
    public IdentificationState Identification { get; set; } = new();

    /// <summary>True after "edit my account" was answered with what can be changed, until the customer replies.</summary>
    public bool AskedWhatToEdit { get; set; }

    /// <summary>The parts of the new address given so far.</summary>
    public AddressDraft Address { get; set; } = new();
}
