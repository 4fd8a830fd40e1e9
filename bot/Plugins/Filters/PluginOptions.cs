using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Plugins.Filters;

/// <summary>Limits every kernel function call is held to (section <c>Plugins</c>).</summary>
public sealed class PluginOptions
{
    public const string SectionName = "Plugins";

    /// <summary>Most function calls one turn may make, whoever makes them (a flow or a chat model).</summary>
    [Range(1, 1000, ErrorMessage = "Plugins:MaxCallsPerTurn must be between 1 and 1000.")]
    public int MaxCallsPerTurn { get; set; } = 40;

    /// <summary>Most changes to the store's records one conversation may carry out.</summary>
    [Range(1, 1000, ErrorMessage = "Plugins:MaxChangesPerConversation must be between 1 and 1000.")]
    public int MaxChangesPerConversation { get; set; } = 12;

    /// <summary>Audit records kept in memory for inspection (every call is also logged).</summary>
    [Range(0, 1_000_000, ErrorMessage = "Plugins:AuditRecordsKept must be between 0 and 1000000.")]
    public int AuditRecordsKept { get; set; } = 5000;
}
