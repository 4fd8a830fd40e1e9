using EcomBot.Bot.Capabilities.Handoff;
using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Support.Handoff;

namespace EcomBot.Bot.Conversation.Support.Feedback;

/// <summary>How the bot answers a complaint: an apology, what it heard in the customer's own words, and the offer of a
/// person (a "yes" hands over with the reason <see cref="HandoffReason.Complaint"/>).</summary>
internal static partial class ComplaintReply
{
    private static readonly HashSet<string> RequestWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "i'd", "i'm", "im", "want", "wanna", "would", "like", "to", "need", "have", "got", "a", "an", "the", "file", "make",
        "lodge", "submit", "raise", "register", "open", "put", "in", "formal", "complaint", "complaints", "complain", "complaining",
        "claim", "about", "how", "can", "do", "where", "please", "help", "me", "with", "you", "your", "there", "is", "something",
        "for", "of", "my", "it", "this", "report", "issue", "problem", "new", "one", "some", "assistance", "send", "should", "could",
        "order", "orders", "purchase", "regarding", "concerning", "number",
    };

    /// <summary>True when the message says what went wrong, not only that the customer wants to complain.</summary>
    public static bool SaysWhatHappened(string text) =>
        Word().Matches(OrderId().Replace(text, " ")).Count(w => !RequestWords.Contains(w.Value)) >= 2;

    public static void Acknowledge(FlowTurn turn, string whatHappened)
    {
        PersonOffer.Make(turn);
        turn.Say(
            "I'm sorry about this, and thank you for telling us. Here is what I heard: \"" + Shorten(whatHappened.Trim()) + "\". "
            + "A person from our support team should look into it: they will see this conversation, so you won't need to "
            + "repeat yourself. Would you like me to pass your complaint to them now?",
            PersonOffer.TalkToAPerson, PersonOffer.NoThanks);
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 297), "...");

    /// <summary>An order id names what the complaint is about, not what went wrong.</summary>
    [GeneratedRegex(@"#?\b[Ww]\d{7}\b")]
    private static partial Regex OrderId();

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Word();
}
