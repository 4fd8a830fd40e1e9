using System.Globalization;
using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Bot.Conversation.Support.Handoff;

namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>What the customer is told while identifying. Answers never depend on whether details are on an account
/// beyond what the policy itself reveals: a wrong email and a wrong name and zip get one answer, and a code request gets
/// one answer whether or not the email is on an account.</summary>
internal static class IdentificationReplies
{
    public const string NotFound =
        "I couldn't find an account with those details. Please check the email address, or give your first name, last name and 5-digit zip code.";

    public const string NoDetails = "I need your email address, or your first name, last name and zip code, to find your account.";

    public const string GaveUp =
        "I still can't find an account with those details, so I can't look at orders here. Would you like me to pass you to a "
        + "person on our team? They can help you check your account.";

    public const string FoundByEmail = "Thanks, I found your account.";

    public const string Verified = "Thanks, that's the right code: you're verified.";

    public static string FoundByName(string firstName) => $"Thanks, {firstName}, I found your account.";

    public static string AskForDetails(string before) =>
        $"{before} I need to confirm who you are. Please tell me the email address on your account, "
        + "or your first name, last name and zip code (for example: Jane Doe 12345).";

    public static string SignInFirst(string before) =>
        $"{before} I need to know it's you, and here I can only take that from your sign-in: please sign in to your account "
        + "on our website and open the chat from there. I can still help with products, your cart and our policies here.";

    public static string AskForEmail(string before) =>
        $"{before} I need to confirm who you are. Please tell me the email address on your account, and I'll email you a "
        + "one-time code to type here.";

    public const string EmailForCode =
        "To confirm who you are I need the email address on your account; I'll email you a one-time code to type here.";

    public static string CodeSent(int length, TimeSpan lifetime) =>
        $"If that email address is on an account, I've just sent it a {length}-digit code. Please type the code here; "
        + $"it is valid for {Duration(lifetime)}.";

    public static string TypeTheCode(int length) =>
        $"Please type the {length}-digit code from the email I sent, or give your email address again for a new code.";

    public const string CodeExpired = "That code has expired. Give me your email address again and I'll send you a new one.";

    public static string WrongCode(int triesLeft) =>
        $"That code isn't right. Please check the email and type it again ({triesLeft} {(triesLeft == 1 ? "try" : "tries")} left).";

    public const string CodeCancelled =
        "That code isn't right either, and it has been tried too many times, so I've cancelled it. Give me your email address "
        + "again for a new code, or a person from our team can help: say \"talk to a person\".";

    public const string TooManyCodes =
        "I can't send another code to that address right now. Please try again later, or a person from our team can help: "
        + "say \"talk to a person\".";

    public static string Wait(TimeSpan retryAfter) =>
        $"That's several tries without a match. Please wait {Duration(retryAfter)} before trying again.";

    public static string Paused(TimeSpan retryAfter) =>
        "For your security I've paused identification in this conversation after too many unsuccessful tries. You can try "
        + $"again in {Duration(retryAfter)}, or a person from our team can help you now: say \"talk to a person\".";

    public static string ClaimHeldBack(TimeSpan retryAfter, bool codeOffered) =>
        "For your security I can't check those details here right now: there have been too many unsuccessful tries with them. "
        + (codeOffered
            ? "If this is your account, tell me the email address on it and I'll email you a one-time code. "
            : $"You can try again in {Duration(retryAfter)}. ")
        + "A person from our team can also help: say \"talk to a person\".";

    /// <summary>Offers a person with the reply: a "yes" on the next turn hands the conversation over. The turn is then not
    /// marked unhelpful, so the router does not add an offer of its own.</summary>
    public static void OfferPerson(FlowTurn turn, string text)
    {
        turn.Unhelpful = false;
        PersonOffer.Make(turn, HandoffReason.RepeatedFailure);
        turn.Say(text, PersonOffer.TalkToAPerson);
    }

    /// <summary>"30 seconds", "4 minutes", "about 2 hours": rounded up, so waiting that long is always enough.</summary>
    public static string Duration(TimeSpan span)
    {
        if (span <= TimeSpan.FromSeconds(90))
        {
            return Count((int)Math.Ceiling(span.TotalSeconds), "second");
        }
        if (span <= TimeSpan.FromMinutes(90))
        {
            return Count((int)Math.Ceiling(span.TotalMinutes), "minute");
        }
        return "about " + Count((int)Math.Ceiling(span.TotalHours), "hour");
    }

    private static string Count(int n, string unit) => n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? "" : "s");
}
