using EcomBot.Bot.Capabilities.Handoff;
using System.Text;

namespace EcomBot.Bot.Conversation.Support.Handoff;

/// <summary>
/// A short summary for the person who takes over: who the customer is, what was in progress, what they asked,
/// and the bot's last answer, so the customer does not have to repeat themselves.
/// </summary>
public static class TranscriptSummary
{
    public static string Summarize(ConversationData conversation, HandoffReason reason)
    {
        var summary = new StringBuilder();
        summary.Append("Reason: ").Append(Describe(reason)).Append('.');
        summary.Append(conversation.CustomerId is { } id ? $" Customer identified as {id}." : " Customer not identified.");
        if (conversation.ActiveFlow is { } flow)
        {
            summary.Append(" In progress: ").Append(flow).Append('.');
        }

        var asked = conversation.Transcript.Where(l => l.From == "customer").Select(l => l.Text).TakeLast(3).ToList();
        if (asked.Count > 0)
        {
            summary.Append(" Customer's latest messages: ").AppendJoin(" / ", asked.Select(Quote)).Append('.');
        }
        if (conversation.Transcript.LastOrDefault(l => l.From == "bot") is { } lastAnswer)
        {
            summary.Append(" Bot's last answer: ").Append(Quote(lastAnswer.Text)).Append('.');
        }
        return summary.ToString();
    }

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

    private static string Quote(string text) =>
        "\"" + (text.Length <= 160 ? text : string.Concat(text.AsSpan(0, 157), "...")) + "\"";
}
