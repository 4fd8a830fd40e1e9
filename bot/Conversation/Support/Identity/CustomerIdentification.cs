using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>
/// Identifies the customer by email, or by first name + last name + zip, before any order talk. This is the only
/// place that sets <see cref="ConversationData.CustomerId"/>, and only from a store lookup; once set it never
/// changes within the conversation (one customer per conversation): details of another account given later are
/// answered with that rule and are not looked up, so nothing about the other account is revealed.
/// </summary>
public sealed partial class CustomerIdentification
{
    /// <summary>Failed lookups allowed before the turn is marked unhelpful and the customer is offered a person.</summary>
    public const int MaxFailedAttempts = 3;

    /// <summary>What identification comes before unless the flow says otherwise: most flows that identify are about orders.</summary>
    public const string BeforeOrders = "Before we look at your orders";

    /// <summary>The request for the customer's details, saying what they are needed for.</summary>
    /// <param name="before">What the customer asked for, as "Before I change your default address".</param>
    public static string AskForDetails(string before = BeforeOrders) =>
        $"{before} I need to confirm who you are. Please tell me the email address on your account, "
        + "or your first name, last name and zip code (for example: Jane Doe 12345).";

    /// <inheritdoc cref="EnsureIdentifiedAsync(FlowTurn, IdentificationState, string, CancellationToken)"/>
    public Task<IdentificationOutcome> EnsureIdentifiedAsync(FlowTurn turn, IdentificationState state, CancellationToken cancellationToken) =>
        EnsureIdentifiedAsync(turn, state, BeforeOrders, cancellationToken);

    /// <summary>Makes sure the customer is identified, reading this turn's message as their details when they were asked.
    /// Returns <see cref="IdentificationOutcome.Identified"/> when the calling flow may go on with its pending request.</summary>
    /// <param name="before">What the details are asked for, fitting the customer's request (see <see cref="AskForDetails"/>).</param>
    public async Task<IdentificationOutcome> EnsureIdentifiedAsync(FlowTurn turn, IdentificationState state, string before, CancellationToken cancellationToken)
    {
        if (turn.Conversation.CustomerId is not null)
        {
            return await RefuseAnotherAccountAsync(turn, cancellationToken)
                ? IdentificationOutcome.AnotherAccountRefused
                : IdentificationOutcome.Identified;
        }
        var details = ReadDetails(turn.Message.Text, turn.Intent);
        if (!state.Asked && details is null)
        {
            state.Asked = true;
            turn.Say(AskForDetails(before));
            return IdentificationOutcome.Waiting;
        }
        state.Asked = true;
        var customerId = details is null ? null : await LookUpAsync(turn, details, cancellationToken);
        if (customerId is not null)
        {
            turn.Conversation.CustomerId = customerId;
            var profile = await turn.Functions.Orders.GetAccountAsync(cancellationToken);
            turn.Say($"Thanks, {profile.Name.FirstName}, I found your account.");
            return IdentificationOutcome.Identified;
        }
        state.FailedAttempts++;
        turn.Unhelpful = true;
        if (state.FailedAttempts >= MaxFailedAttempts)
        {
            turn.Say("I still can't find an account with those details, so I can't look at orders here. A person from our team can help you check your account.");
            return IdentificationOutcome.GaveUp;
        }
        turn.Say(details is null
            ? "I need your email address, or your first name, last name and zip code, to find your account."
            : "I couldn't find an account with those details. Please check the email address, or give your first name, last name and 5-digit zip code.");
        return IdentificationOutcome.Waiting;
    }

    /// <summary>Says so when this turn gives the details of an account other than the verified one.</summary>
    private static async Task<bool> RefuseAnotherAccountAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (ReadIdentityClaim(turn.Message.Text, turn.Intent) is not { } claim)
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

    /// <summary>Details that can only be a claim to be someone: an email, or a name and zip on their own ("Jane Doe 12345",
    /// "my name is Jane Doe, zip 12345"), not an address that happens to end in a zip code.</summary>
    internal static CustomerDetails? ReadIdentityClaim(string text, IntentPrediction intent)
    {
        var details = ReadDetails(text, intent);
        if (details is null || details.Email is not null)
        {
            return details;
        }
        var otherWords = NamePattern().Matches(text.Replace(details.Zip!, " ", StringComparison.Ordinal))
            .Count(w => !NonNameWords.Contains(w.Value));
        return otherWords == 2 && !OtherNumber().IsMatch(text.Replace(details.Zip!, " ", StringComparison.Ordinal)) ? details : null;
    }

    /// <summary>True when the message says who the customer is and nothing else ("hi, I'm Jane Doe, zip 12345",
    /// "my email is jane@example.com"), so it asks for no task; "my email is jane@example.com, where is my order?" does.</summary>
    internal static bool IsOnlyIdentity(string text, IntentPrediction intent)
    {
        if (ReadIdentityClaim(text, intent) is not { } claim)
        {
            return false;
        }
        if (claim.Email is null)
        {
            return true; // a name and zip claim already allows no other words
        }
        var rest = EmailPattern().Replace(text, " ");
        var names = new[] { intent.Slot("first_name"), intent.Slot("last_name") }.OfType<string>();
        return NamePattern().Matches(rest)
            .All(w => NonNameWords.Contains(w.Value) || EmailIntroWords.Contains(w.Value) || names.Contains(w.Value, StringComparer.OrdinalIgnoreCase))
            && !OtherNumber().IsMatch(rest);
    }

    private static Task<string?> LookUpAsync(FlowTurn turn, CustomerDetails details, CancellationToken cancellationToken) =>
        details.Email is not null
            ? turn.Functions.Identity.FindByEmailAsync(details.Email, cancellationToken)
            : turn.Functions.Identity.FindByNameZipAsync(details.FirstName!, details.LastName!, details.Zip!, cancellationToken);

    /// <summary>Details typed by the customer: the router's slots when present, otherwise read from the text
    /// (the active flow's answers are not always classified with slots).</summary>
    internal static CustomerDetails? ReadDetails(string text, IntentPrediction intent)
    {
        var email = intent.Slot("email") ?? (EmailPattern().Match(text) is { Success: true } m ? m.Value : null);
        if (email is not null)
        {
            return new CustomerDetails(email.Trim().ToLowerInvariant(), null, null, null);
        }
        var zip = intent.Slot("zip") ?? (ZipPattern().Match(text) is { Success: true } z ? z.Value : null);
        var first = intent.Slot("first_name");
        var last = intent.Slot("last_name");
        if (zip is not null && (first is null || last is null))
        {
            var words = NamePattern().Matches(text.Replace(zip, " ", StringComparison.Ordinal))
                .Select(w => w.Value)
                .Where(w => !NonNameWords.Contains(w))
                .ToList();
            if (words.Count >= 2)
            {
                (first, last) = (words[^2], words[^1]);
            }
        }
        return zip is not null && first is not null && last is not null
            ? new CustomerDetails(null, Capitalize(first), Capitalize(last), zip)
            : null;
    }

    private static string Capitalize(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant();

    private static readonly HashSet<string> NonNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "my", "name", "is", "i", "am", "im", "and", "zip", "code", "zipcode", "postcode", "postal", "the", "it's", "its", "hi", "hello", "from",
        "actually", "i'm", "no", "wait", "sorry", "oh", "instead", "try", "use", "me", "this", "account", "as", "here", "please",
    };

    // Words around an email that ask for nothing ("hey there, my e-mail address is it@example.com").
    private static readonly HashSet<string> EmailIntroWords = new(StringComparer.OrdinalIgnoreCase) { "email", "e-mail", "mail", "address", "there", "hey", "it" };

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\b\d{5}\b")]
    private static partial Regex ZipPattern();

    [GeneratedRegex(@"\d")]
    private static partial Regex OtherNumber();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’-]*")]
    private static partial Regex NamePattern();
}

internal sealed record CustomerDetails(string? Email, string? FirstName, string? LastName, string? Zip);
