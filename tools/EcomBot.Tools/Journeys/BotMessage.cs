namespace EcomBot.Tools.Journeys;

/// <summary>One message of the bot as a channel shows it: its text, the buttons offered with it (suggested actions and
/// card buttons, by their titles) and the text of any cards attached.</summary>
public sealed record BotMessage(string Text, IReadOnlyList<string> Buttons, IReadOnlyList<string> CardTexts)
{
    public BotMessage(string text, params string[] buttons)
        : this(text, buttons, [])
    {
    }

    /// <summary>Everything the customer reads in it: the text, then each card's text.</summary>
    public string Readable => CardTexts.Count == 0 ? Text : string.Join("\n", [Text, .. CardTexts]);
}
