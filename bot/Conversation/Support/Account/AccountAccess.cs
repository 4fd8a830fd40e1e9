namespace EcomBot.Bot.Conversation.Support.Account;

/// <summary>How this store recognises customers, in plain words: there are no online accounts or passwords.</summary>
internal static class AccountAccess
{
    public const string HowWeRecogniseYou =
        "When you need help with your orders, I recognise you by the email address on your account, or by your first name, last name and zip code.";

    public const string NoLogIn = "This store has no online log-in: there are no accounts to sign up for and no passwords.";

    public const string ChangeDefaultAddress = "Change my default address";
}
