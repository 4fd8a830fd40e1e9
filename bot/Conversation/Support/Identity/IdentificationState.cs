namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>Progress of identifying the customer, kept inside the calling flow's own state so the flow can
/// resume its pending request once the customer is known.</summary>
public sealed class IdentificationState
{
    public int FailedAttempts { get; set; }

    /// <summary>True once the customer has been asked for their details.</summary>
    public bool Asked { get; set; }
}

/// <summary>What the identification step decided for this turn.</summary>
public enum IdentificationOutcome
{
    /// <summary>The customer is known (now or from earlier in the conversation); the flow may continue.</summary>
    Identified,

    /// <summary>The customer was asked (again) for their details; the flow waits for the next turn.</summary>
    Waiting,

    /// <summary>The conversation is verified and the customer gave another account's details: they were told that one
    /// conversation serves one account; the flow keeps its place.</summary>
    AnotherAccountRefused,

    /// <summary>Too many failed attempts; the turn is marked unhelpful so the router can offer a person.</summary>
    GaveUp,
}
