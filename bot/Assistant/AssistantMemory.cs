namespace EcomBot.Bot.Assistant;

/// <summary>What the model path keeps about one conversation, saved with its state: tokens spent and when recent
/// model turns were taken (for the per-conversation limits). The conversation itself is the transcript every path writes.</summary>
public sealed class AssistantMemory
{
    public long TokensUsed { get; set; }

    /// <summary>When the model took the last few turns, oldest first.</summary>
    public List<DateTimeOffset> RecentTurns { get; set; } = [];

    /// <summary>Times the model path fell back to the flows in this conversation.</summary>
    public int Fallbacks { get; set; }
}
