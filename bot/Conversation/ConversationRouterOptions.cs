using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Conversation;

/// <summary>Settings of the router (section <c>Conversation</c>).</summary>
public sealed class ConversationRouterOptions
{
    public const string SectionName = "Conversation";

    /// <summary>Below this confidence the router asks a clarifying question instead of guessing.</summary>
    [Range(0.0, 1.0)]
    public double MinimumConfidence { get; set; } = 0.5;

    /// <summary>A different intent this sure takes the turn away from an active flow.</summary>
    [Range(0.0, 1.0)]
    public double TopicSwitchConfidence { get; set; } = 0.85;

    /// <summary>After this many unhelpful turns in a row the bot offers a person.</summary>
    [Range(1, 20)]
    public int UnhelpfulTurnsBeforeOfferingPerson { get; set; } = 2;

    /// <summary>Turns after an offer of a person before the bot offers one again unasked (frustration, repeated failure).</summary>
    [Range(1, 100)]
    public int TurnsBetweenPersonOffers { get; set; } = 5;
}
