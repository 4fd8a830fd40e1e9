namespace EcomBot.Bot.BotFramework;

/// <summary>What a Bot Framework channel can show. Unknown channels get plain text, which every channel can show.</summary>
public static class ChannelCapabilities
{
    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "webchat", "directline", "emulator", "msteams", "slack", "facebook", "telegram", "skype", "test",
    };

    private static readonly HashSet<string> SuggestedActionChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "webchat", "directline", "emulator", "facebook", "telegram", "line", "kik", "test",
    };

    /// <summary>Channels whose card buttons post a value with the words shown (messageBack): Web Chat, Direct Line, the
    /// Emulator, Teams. Elsewhere a button sends its words as typed.</summary>
    private static readonly HashSet<string> MessageBackChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "webchat", "directline", "emulator", "msteams", "test",
    };

    /// <summary>This server's own web chat page (Web Chat over its Direct Line), which resolves links by path against
    /// its own address.</summary>
    public static bool IsOwnWebChat(string channelId) =>
        string.Equals(channelId, "webchat", StringComparison.OrdinalIgnoreCase) || string.Equals(channelId, "directline", StringComparison.OrdinalIgnoreCase);

    public static bool SupportsCards(string channelId) => CardChannels.Contains(channelId);

    public static bool SupportsMessageBack(string channelId) => MessageBackChannels.Contains(channelId);

    public static bool SupportsSuggestedActions(string channelId) => SuggestedActionChannels.Contains(channelId);
}
