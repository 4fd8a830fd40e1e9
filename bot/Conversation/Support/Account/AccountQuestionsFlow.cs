using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Handoff;

namespace EcomBot.Bot.Conversation.Support.Account;

/// <summary>
/// Sign-up, log-in and password questions (create_account, recover_password, registration_problems, switch_account),
/// answered truthfully for a store without online accounts: what exists instead (identification by email, or name and
/// zip, once per conversation) and what the customer can do next. One turn each.
/// </summary>
public sealed class AccountQuestionsFlow : IConversationFlow
{
    public const string CreateAccount = "create_account";
    public const string RecoverPassword = "recover_password";
    public const string RegistrationProblems = "registration_problems";
    public const string SwitchAccount = "switch_account";

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("account-questions", CreateAccount, RecoverPassword, RegistrationProblems, SwitchAccount) with { HandoffReason = HandoffReason.OutOfScope, RuleQuestionsMayRedirect = false };

    public async Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        turn.End();
        switch (turn.Intent.Intent)
        {
            case RecoverPassword:
                turn.Say(
                    "There's no password to recover: this store has no online log-in and no passwords. "
                    + AccountAccess.HowWeRecogniseYou + " What would you like to do?",
                    "Track my order", AccountAccess.ChangeDefaultAddress, PersonOffer.TalkToAPerson);
                break;
            case RegistrationProblems:
                PersonOffer.Make(turn);
                turn.Say(
                    "You don't need to register. " + AccountAccess.NoLogIn
                    + " You can search, compare and fill a cart straight away. If something else isn't working for you, "
                    + "a person from our team can look into it. Would you like that?",
                    "Find a product", PersonOffer.TalkToAPerson);
                break;
            case SwitchAccount:
                turn.Say(await SwitchAccountAnswerAsync(turn, cancellationToken));
                break;
            default:
                turn.Say(
                    "You don't need an account to shop here. " + AccountAccess.NoLogIn
                    + " You can search, compare and fill a cart straight away. " + AccountAccess.HowWeRecogniseYou,
                    "Find a product", "How do I place an order?");
                break;
        }
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) => StartAsync(turn, cancellationToken);

    /// <summary>One conversation serves one verified account (the identification rule), so switching means a new conversation.</summary>
    private static async Task<string> SwitchAccountAnswerAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Conversation.CustomerId is null)
        {
            return "There's nothing to log out of: this store has no online log-in, and I haven't looked at any account in this "
                + "conversation yet. When we get to your orders, just give me the email address, or the name and zip code, "
                + "of the account you want help with.";
        }
        var verified = await turn.Functions.Orders.GetAccountAsync(cancellationToken);
        return $"This conversation is verified as {verified.Name.FirstName}, and one conversation serves one account. "
            + "To get help with a different account, please start a new conversation and give that account's email address, "
            + "or name and zip code, there.";
    }
}
