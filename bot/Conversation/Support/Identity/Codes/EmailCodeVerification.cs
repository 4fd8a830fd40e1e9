using EcomBot.Bot.Conversation.Support.Identity.Attempts;
using EcomBot.Bot.Email;
using EcomBot.Bot.Profiles;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Support.Identity.Codes;

/// <summary>
/// Identification by a one-time code emailed to the address on the account. Asking for a code is answered alike
/// whether or not the address is on an account (a code is "sent" either way, and only a real one can ever match);
/// codes expire, a code is cancelled after <see cref="IdentityOptions.CodeMaxAttempts"/> wrong entries, each wrong entry
/// counts as a failed attempt of the conversation and channel user, and no code is ever logged.
/// </summary>
public sealed partial class EmailCodeVerification(
    IEmailSender email,
    IdentificationGuard guard,
    IOptions<IdentityOptions> options,
    IOptions<EmailOptions> emailOptions,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<EmailCodeVerification> logger)
{
    private IdentityOptions Settings => options.Value;

    /// <summary>False where codes cannot reach a customer: the pickup folder outside Development.</summary>
    public bool CanDeliver => emailOptions.Value.Delivery == EmailDelivery.Smtp || environment.IsDevelopment();

    /// <summary>Sends a new code for the account with this email, if there is one, replacing any code sent before.</summary>
    public async Task<IdentificationOutcome> SendAsync(FlowTurn turn, IdentificationState state, string address, CancellationToken cancellationToken)
    {
        state.CodeRequired = true;
        if (!await guard.TryCountCodeSentAsync(address, cancellationToken))
        {
            IdentificationReplies.OfferPerson(turn, IdentificationReplies.TooManyCodes);
            return IdentificationOutcome.Waiting;
        }
        var customerId = await turn.Functions.Identity.FindByEmailAsync(address, cancellationToken);
        var (code, pending) = OneTimeCode.Issue(customerId, Settings.CodeLength, clock.GetUtcNow() + Settings.CodeLifetime);
        state.Code = pending;
        if (customerId is not null)
        {
            // Not awaited: the answer must not take longer when the address is on an account than when it is not.
            _ = Task.Run(() => DeliverAsync(customerId, address, code), CancellationToken.None);
        }
        turn.Say(IdentificationReplies.CodeSent(Settings.CodeLength, Settings.CodeLifetime));
        return IdentificationOutcome.Waiting;
    }

    /// <summary>Checks a typed code against the one pending in <paramref name="state"/>.</summary>
    public async Task<IdentificationOutcome> CheckAsync(FlowTurn turn, IdentificationState state, string typed, CancellationToken cancellationToken)
    {
        var pending = state.Code!;
        if (clock.GetUtcNow() >= pending.ExpiresAt)
        {
            state.Code = null;
            turn.Unhelpful = true;
            turn.Say(IdentificationReplies.CodeExpired);
            return IdentificationOutcome.Waiting;
        }
        if (OneTimeCode.Matches(pending, typed) && pending.CustomerId is { } customerId)
        {
            state.Code = null;
            turn.Conversation.CustomerId = customerId;
            LogVerified(ProfileIds.Pseudonym(customerId));
            turn.Say(IdentificationReplies.Verified);
            return IdentificationOutcome.Identified;
        }
        await guard.RecordFailureAsync(turn.Message, claim: null, cancellationToken);
        pending.WrongAttempts++;
        if (pending.WrongAttempts >= Settings.CodeMaxAttempts)
        {
            state.Code = null;
            IdentificationReplies.OfferPerson(turn, IdentificationReplies.CodeCancelled);
            return IdentificationOutcome.Waiting;
        }
        turn.Unhelpful = true;
        turn.Say(IdentificationReplies.WrongCode(Settings.CodeMaxAttempts - pending.WrongAttempts));
        return IdentificationOutcome.Waiting;
    }

    /// <summary>Emails the code to the address the lookup matched (the account's own, as the customer typed it).</summary>
    private async Task DeliverAsync(string customerId, string address, string code)
    {
        try
        {
            await email.SendAsync(CodeEmail(address, code), CancellationToken.None);
            LogSent(ProfileIds.Pseudonym(customerId));
        }
        catch (Exception failure)
        {
            // Nobody awaits this task: every failure is logged here (the customer can ask for a new code or a person).
            LogNotSent(failure, ProfileIds.Pseudonym(customerId));
        }
    }

    private EmailMessage CodeEmail(string address, string code) =>
        new(
            address,
            "Your verification code",
            $"Your code to confirm who you are in our chat is {code}. It is valid for {IdentificationReplies.Duration(Settings.CodeLifetime)}.\n\n"
            + "If you didn't ask for it, you can ignore this email: nobody can see your account in the chat without the code. "
            + "Never share it; our team will never ask you for it.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Identification code emailed for customer {CustomerPseudonym}.")]
    private partial void LogSent(string customerPseudonym);

    [LoggerMessage(Level = LogLevel.Error, Message = "Identification code for customer {CustomerPseudonym} could not be emailed.")]
    private partial void LogNotSent(Exception failure, string customerPseudonym);

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer {CustomerPseudonym} verified by an emailed code.")]
    private partial void LogVerified(string customerPseudonym);
}
