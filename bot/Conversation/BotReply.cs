namespace EcomBot.Bot.Conversation;

/// <summary>
/// One message the bot sends, in the project's own terms. The channel edge renders it for what the channel supports
/// (cards as a carousel or as plain text, suggested actions as buttons or as a numbered list).
/// </summary>
public sealed record BotReply
{
    public required string Text { get; init; }

    /// <summary>Short replies the customer can tap; the tapped text comes back as the next message.</summary>
    public IReadOnlyList<string> SuggestedActions { get; init; } = [];

    /// <summary>Product or order cards, shown as a carousel where the channel supports cards.</summary>
    public IReadOnlyList<ReplyCard> Cards { get; init; } = [];

    /// <summary>Where the answer came from (help articles), shown under the text.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    public static BotReply Say(string text, params string[] suggestedActions) =>
        new() { Text = text, SuggestedActions = suggestedActions };
}

/// <summary>A card: title, subtitle, body lines, optional image, and buttons that send a message back.</summary>
public sealed record ReplyCard(
    string Title,
    string? Subtitle,
    IReadOnlyList<string> Lines,
    IReadOnlyList<CardButton> Buttons,
    string? ImageUrl = null);

/// <summary>A card button. Pressing it sends <see cref="Says"/> as the customer's next message, in their words as the
/// transcript shows them, and <see cref="Action"/> (when set) in the message's value for the bot to act on.</summary>
public sealed record CardButton(string Title, string Says, ButtonAction? Action = null);

/// <summary>A source an answer cites: a help article's title and the anchor of the passage.</summary>
public sealed record Citation(string Title, string Url, string? Snippet = null);
