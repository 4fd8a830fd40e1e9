using System.Text;
using EcomBot.Bot.Privacy;
using EcomBot.Bot.Profiles;

namespace EcomBot.Bot.Capabilities.Handoff;

/// <summary>
/// What a log line says about a hand-off: the customer as a pseudonym (their id holds their name), and the latest
/// transcript lines, each neutralised (no line breaks or control characters, so nothing can forge a log line) and masked
/// (emails, numbers, addresses, cities and states, the names in the customer id) before it is cut to length. Built from the
/// transcript, not from the summary the desk gets, which is cut for reading and may be written by a model.
/// </summary>
internal static class HandoffLogLine
{
    private const int QuoteLength = 160;

    public static string Customer(HandoffEvent handoff) =>
        handoff.CustomerId is { } id ? ProfileIds.Pseudonym(id) : "not identified";

    public static string Channel(HandoffEvent handoff) => PersonalDataRedactor.ForLog(handoff.ChannelId, 64);

    public static string Conversation(HandoffEvent handoff)
    {
        var names = handoff.CustomerId is { } id ? NamesIn(id) : [];
        string Quoted(HandoffTranscriptLine line) => "\"" + PersonalDataRedactor.ForLog(line.Text, QuoteLength, names) + "\"";

        var text = new StringBuilder();
        var asked = handoff.Transcript.Where(l => l.From == "customer").TakeLast(3).ToList();
        text.Append("Customer's latest messages: ").AppendJoin(" / ", asked.Select(Quoted)).Append('.');
        if (handoff.Transcript.LastOrDefault(l => l.From == "bot") is { } lastAnswer)
        {
            text.Append(" Bot's last answer: ").Append(Quoted(lastAnswer)).Append('.');
        }
        return text.ToString();
    }

    /// <summary>The words of a store customer id that are names ("raj_sanchez_2970": raj, sanchez).</summary>
    private static string[] NamesIn(string customerId) =>
        [.. customerId.Split(['_', '-', '.', ' '], StringSplitOptions.RemoveEmptyEntries).Where(part => part.Length > 1 && part.All(char.IsLetter))];
}
