using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Conversation.Ending;

/// <summary>When a silent conversation counts as ended (section <c>Conversation</c>, beside the router's settings).</summary>
public sealed class ConversationEndingOptions
{
    public const string SectionName = "Conversation";

    /// <summary>Minutes without a customer message after which a conversation has ended.</summary>
    [Range(1, 10080, ErrorMessage = "Conversation:IdleMinutes must be between 1 and 10080 (one week).")]
    public int IdleMinutes { get; set; } = 30;

    /// <summary>How often each replica looks for conversations that went idle.</summary>
    [Range(1, 3600, ErrorMessage = "Conversation:IdleSweepSeconds must be between 1 and 3600.")]
    public int IdleSweepSeconds { get; set; } = 60;

    public TimeSpan IdleTime => TimeSpan.FromMinutes(IdleMinutes);

    public TimeSpan SweepInterval => TimeSpan.FromSeconds(IdleSweepSeconds);
}
