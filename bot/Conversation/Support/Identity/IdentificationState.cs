using EcomBot.Bot.Conversation.Support.Identity.Codes;

namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>Progress of identifying the customer, kept inside the calling flow's own state so the flow can
/// resume its pending request once the customer is known.</summary>
public sealed class IdentificationState
{
    /// <summary>Turns of this flow that found no account (or gave no details); at
    /// <see cref="CustomerIdentification.MaxFailedAttempts"/> the flow gives up and a person is offered. The guessing
    /// limits across conversations are counted apart from this (see <see cref="IdentityOptions"/>).</summary>
    public int FailedAttempts { get; set; }

    /// <summary>True once the customer has been asked for their details.</summary>
    public bool Asked { get; set; }

    /// <summary>Only an emailed code identifies in this conversation: the mode asks for it, or details were held back
    /// after too many failed tries with them.</summary>
    public bool CodeRequired { get; set; }

    /// <summary>The code last sent, waiting to be typed; null when none is.</summary>
    public PendingCode? Code { get; set; }
}

/// <summary>What identification decided for this turn.</summary>
public enum IdentificationOutcome
{
    /// <summary>The customer is known (now or from earlier in the conversation); the flow may continue.</summary>
    Identified,

    /// <summary>The customer was asked (again) for their details, a code, or to wait; the flow waits for the next turn.</summary>
    Waiting,

    /// <summary>The conversation is verified and the customer gave another account's details: they were told that one
    /// conversation serves one account; the flow keeps its place.</summary>
    AnotherAccountRefused,

    /// <summary>Too many failed attempts in this flow, or this conversation or channel user is locked out: the customer was
    /// told how to reach a person; the flow ends.</summary>
    GaveUp,
}
