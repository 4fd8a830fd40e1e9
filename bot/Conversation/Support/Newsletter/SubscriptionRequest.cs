using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Support.Newsletter;

/// <summary>Whether a newsletter message asks to start or to stop: "subscribe me" versus "unsubscribe", "stop",
/// "opt out", "no more emails". Null when the message says neither ("about your newsletter ...").</summary>
internal static partial class SubscriptionRequest
{
    public static bool? WantsSubscription(string text)
    {
        if (Stop().IsMatch(text))
        {
            return false;
        }
        return Start().IsMatch(text) ? true : null;
    }

    [GeneratedRegex(@"\b(unsubscribe|unsubscribing|unsubscription|stop|opt(ing)?[ -]?out|cancel\w*|remove me|take me off|no (more|longer)|don'?t (send|want|email|contact)|do not (send|want|email|contact)|leave|go away|spam\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stop();

    [GeneratedRegex(@"\b(subscribe|subscribing|subscription|sign(ing)? ?(me )?up|join|opt(ing)?[ -]?in|add me|receive|send me|yes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Start();
}
