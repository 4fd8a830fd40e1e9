using System.Text;
using EcomBot.Bot.Privacy;
using EcomBot.Bot.Profiles;

namespace EcomBot.Bot.Conversation.Support.Handoff;

/// <summary>
/// A short summary for the person who takes over: who the customer is, what was in progress, what they asked,
/// and the bot's last answer, so the customer does not have to repeat themselves. The support desk gets it as said;
/// a log gets it with the customer as a pseudonym and every quote neutralised and masked before it is cut.
/// </summary>
public static class TranscriptSummary
{
    private const int QuoteLength = 160;

    /// <summary>The summary for the support desk, which may see who the customer is.</summary>
    public static string Summarize(ConversationData conversation, HandoffReason reason) =>
        Build(conversation, reason, id => $"Customer identified as {id}.", text => Cut(text));

    /// <summary>The summary for a log line: no customer id (it holds their name) nor the names in it, no personal data,
    /// no control characters.</summary>
    public static string SummarizeForLog(ConversationData conversation, HandoffReason reason)
    {
        var names = conversation.CustomerId is { } id ? NamesIn(id) : [];
        return Build(
            conversation,
            reason,
            customerId => $"Customer identified as {ProfileIds.Pseudonym(customerId)} (pseudonym).",
            text => PersonalDataRedactor.ForLog(text, QuoteLength, names));
    }

    private static string Build(
        ConversationData conversation, HandoffReason reason, Func<string, string> identified, Func<string, string> quoted)
    {
        var summary = new StringBuilder();
        summary.Append("Reason: ").Append(Describe(reason)).Append('.');
        summary.Append(' ').Append(conversation.CustomerId is { } id ? identified(id) : "Customer not identified.");
        if (conversation.ActiveFlow is { } flow)
        {
            summary.Append(" In progress: ").Append(flow).Append('.');
        }

        var asked = conversation.Transcript.Where(l => l.From == "customer").Select(l => l.Text).TakeLast(3).ToList();
        if (asked.Count > 0)
        {
            summary.Append(" Customer's latest messages: ").AppendJoin(" / ", asked.Select(t => Quote(quoted(t)))).Append('.');
        }
        if (conversation.Transcript.LastOrDefault(l => l.From == "bot") is { } lastAnswer)
        {
            summary.Append(" Bot's last answer: ").Append(Quote(quoted(lastAnswer.Text))).Append('.');
        }
        return summary.ToString();
    }

    /// <summary>The words of a store customer id that are names ("raj_sanchez_2970": raj, sanchez).</summary>
    private static string[] NamesIn(string customerId) =>
        [.. customerId.Split(['_', '-', '.', ' '], StringSplitOptions.RemoveEmptyEntries).Where(part => part.Length > 1 && part.All(char.IsLetter))];

    private static string Describe(HandoffReason reason) => reason switch
    {
        HandoffReason.CustomerAsked => "the customer asked for a person",
        HandoffReason.RepeatedFailure => "the bot could not help after several tries",
        HandoffReason.Frustration => "the customer seemed frustrated",
        HandoffReason.Complaint => "the customer made a complaint",
        HandoffReason.AccountDeletion => "the customer asked for their account and personal data to be erased",
        HandoffReason.PaymentProblem => "the customer has a problem with a payment",
        HandoffReason.RefundDelayed => "the customer is still waiting for a refund",
        _ => "the request is outside what the bot can do",
    };

    private static string Cut(string text) => text.Length <= QuoteLength ? text : string.Concat(text.AsSpan(0, QuoteLength - 3), "...");

    private static string Quote(string text) => "\"" + text + "\"";
}
