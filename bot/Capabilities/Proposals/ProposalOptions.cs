using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Capabilities.Proposals;

/// <summary>Settings of change proposals (section <c>Proposals</c>).</summary>
public sealed class ProposalOptions
{
    public const string SectionName = "Proposals";

    /// <summary>How long a proposed change may wait for the customer's yes before it must be proposed again.</summary>
    [Range(1, 1440, ErrorMessage = "Proposals:LifetimeMinutes must be between 1 and 1440.")]
    public int LifetimeMinutes { get; set; } = 15;
}
