using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Conversation.Changes;
using EcomBot.Bot.Conversation.Support.Addresses;
using EcomBot.Bot.Conversation.Support.Handoff;
using EcomBot.Bot.Conversation.Support.Identity;

namespace EcomBot.Bot.Conversation.Support.Account;

/// <summary>
/// The customer's default shipping address, the one part of an account support may change: identify, show the address
/// on file, take the new one (whole or field by field), read it back, and change it only after an explicit yes.
/// "Set up a shipping address" starts here directly; "edit my account" first says what can be changed and asks.
/// </summary>
public sealed class DefaultAddressFlow(CustomerIdentification identification) : ChangeFlow<DefaultAddressState>
{
    public const string SetUpShippingAddress = "set_up_shipping_address";
    public const string EditAccount = "edit_account";

    private const string IdentifyBefore = "Before I change your default address";

    public override FlowDescriptor Descriptor { get; } =
        FlowDescriptor.For("default-address", SetUpShippingAddress, EditAccount) with { TrainingExamples = FlowExamples.Beside<DefaultAddressFlow>(), RuleQuestionsMayRedirect = false };

    protected override DefaultAddressState Begin(FlowTurn turn) =>
        new() { AskWhatToEdit = turn.Intent.Intent == EditAccount, Request = turn.Message.Text };

    protected override async Task<AccountChange?> CollectAsync(FlowTurn turn, DefaultAddressState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (state.AskWhatToEdit)
        {
            state.AskWhatToEdit = false;
            state.AskedWhatToEdit = true;
            turn.Say(
                "Your account holds your name, email address, default shipping address and saved payment methods. "
                + "I can change your default shipping address here; for your name, email or payment methods, a person from "
                + "our team can help. Would you like to change your default address?",
                AccountAccess.ChangeDefaultAddress, PersonOffer.TalkToAPerson);
            turn.Continue(state);
            return null;
        }
        if (state.AskedWhatToEdit)
        {
            state.AskedWhatToEdit = false;
            if (!WantsAddressChange(turn.Message.Text))
            {
                turn.Say("OK, I haven't changed anything. Is there anything else I can help you with?", StandardReplies.TopicActions);
                turn.End();
                return null;
            }
            firstTurn = true;
        }
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
            return null;
        }
        // The request itself, or the turn that identified the customer, carries no answer to "what should the new address be?".
        var answer = firstTurn || !wasIdentified ? null : turn.Message.Text.Trim();
        var current = (await turn.Functions.Orders.GetAccountAsync(cancellationToken)).Address;
        var target = new AddressTarget(current, OrderId: null);
        var book = await AddressBook.LoadAsync(turn, cancellationToken);
        Commerce.Records.Address? address;
        if (answer is not null)
        {
            address = AddressQuestion.Read(turn, answer, state.Address, book, target);
        }
        else
        {
            // "change my default address to the one on my other order": the request may name the new address itself.
            address = !state.RequestRead && state.Request is { } request ? AddressQuestion.FromRequest(turn, request, state.Address, book, target) : null;
            state.RequestRead = true;
            if (address is null && state.Address.Offered.Count == 0)
            {
                turn.Say($"Your default shipping address is {AddressReader.Describe(current)}. Your account keeps one default "
                    + "address, used for future orders; a new one replaces it. What should the new address be? " + AddressReader.AskWhole);
            }
        }
        if (address is not null)
        {
            return new ModifyDefaultAddress(address);
        }
        turn.ExpectFreeText();
        turn.Continue(state);
        return null;
    }

    protected override Task<BotReply> ConfirmationAsync(FlowTurn turn, DefaultAddressState state, ChangeProposal proposal, CancellationToken cancellationToken) =>
        Orders.ProposalText.ConfirmationAsync(proposal, turn.Functions, cancellationToken);

    protected override Task<BotReply> DoneAsync(FlowTurn turn, DefaultAddressState state, ChangeOutcome outcome, CancellationToken cancellationToken)
    {
        // Kept for "change it back to the original one" later in the conversation.
        var replaced = turn.Conversation.ReplacedDefaultAddresses;
        if (!replaced.Any(a => AddressBook.Same(a, outcome.AccountBefore.Address)))
        {
            replaced.Add(outcome.AccountBefore.Address);
        }
        return Task.FromResult(BotReply.Say(
            $"Done: your default shipping address is now {AddressReader.Describe(outcome.AccountAfter.Address)}. Orders you have "
            + "already placed keep their own address; I can change a pending order's address too if you like.",
            "Change an order's shipping address"));
    }

    protected override string CouldNot(DefaultAddressState state, string reason) => $"I couldn't change your default address: {reason}.";

    protected override string NothingChanged(DefaultAddressState state) => "OK, I have not changed your default address; nothing has changed.";

    private static bool WantsAddressChange(string text) =>
        ConfirmationAnswers.IsExplicitYes(text)
        || text.Trim().ToLowerInvariant() is "yeah" or "sure" or "ok" or "okay" or "yep"
        || text.Contains("address", StringComparison.OrdinalIgnoreCase);
}

public sealed class DefaultAddressState : IChangeFlowState
{
    public IdentificationState Identification { get; set; } = new();

    /// <summary>"edit my account" started the flow: the first turn says what can be changed and asks.</summary>
    public bool AskWhatToEdit { get; set; }

    /// <summary>True after "edit my account" was answered with what can be changed, until the customer replies.</summary>
    public bool AskedWhatToEdit { get; set; }

    /// <summary>The request that started the flow, read once for the new address it names.</summary>
    public string? Request { get; set; }

    /// <summary>The request has been read for a new address.</summary>
    public bool RequestRead { get; set; }

    /// <summary>The parts of the new address given so far.</summary>
    public AddressDraft Address { get; set; } = new();

    public string? ProposalId { get; set; }
}
