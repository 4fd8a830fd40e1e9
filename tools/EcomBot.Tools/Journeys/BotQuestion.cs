namespace EcomBot.Tools.Journeys;

/// <summary>What the bot asks the customer in a turn, as a customer would understand it.</summary>
public enum BotQuestion
{
    /// <summary>Nothing is asked: an answer, a result, a refusal.</summary>
    None,

    /// <summary>Who are you: an email, or name and zip.</summary>
    Identify,

    /// <summary>The details given were not found; asked again.</summary>
    IdentityNotFound,

    WhichOrder,

    WhichItems,

    /// <summary>Which variant (options) an item should become.</summary>
    WhichOptions,

    Reason,

    PaymentMethod,

    Address,

    /// <summary>A proposed change, listed, waiting for yes or no.</summary>
    Confirmation,

    /// <summary>Whether the customer wants to be passed to a person.</summary>
    OfferPerson,

    /// <summary>Some other question ("Anything else?").</summary>
    Other,
}

/// <summary>What the bot's turn says happened to the request in hand.</summary>
public enum BotOutcome
{
    /// <summary>Nothing either way.</summary>
    None,

    /// <summary>A change was carried out ("Done: ...", "is now cancelled").</summary>
    Done,

    /// <summary>The bot kept things as they were after the customer did not say yes.</summary>
    NothingChanged,

    /// <summary>The bot said it cannot do what was asked.</summary>
    Refused,
}

/// <summary>A turn of the bot, read: what it asks (and the sentence that asks it), and what it says happened.</summary>
public sealed record BotTurnReading(BotQuestion Question, string QuestionText, BotOutcome Outcome);
