using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Capabilities.Handoff;

/// <summary>Where hand-offs to a person go (section <c>Handoff</c>).</summary>
public sealed class HandoffOptions
{
    public const string SectionName = "Handoff";

    /// <summary>Most transcript lines a conversation keeps, and so the most a hand-off can carry.</summary>
    public const int MaxTranscriptLines = 40;

    /// <summary>The support desk's webhook; each hand-off is POSTed there as JSON. Empty: hand-offs are logged.</summary>
    [Url]
    public string? WebhookUrl { get; set; }

    /// <summary>Told to the customer: when a person will answer.</summary>
    [Required]
    public string ExpectedResponse { get; set; } = "within one business day (Monday to Friday, 9am to 6pm)";

    /// <summary>How many of the latest transcript lines travel with the hand-off.</summary>
    [Range(1, MaxTranscriptLines)]
    public int TranscriptLines { get; set; } = 20;
}
