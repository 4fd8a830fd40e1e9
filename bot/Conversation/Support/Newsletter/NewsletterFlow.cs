using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Signals;

namespace EcomBot.Bot.Conversation.Support.Newsletter;

/// <summary>
/// Newsletter subscriptions (newsletter_subscription) and STOP replies (outreach_stop): records the customer's marketing
/// consent for this channel in their profile and confirms it, always saying how to stop. No identification is needed:
/// consent is kept on the identified customer's profile, or on this channel user's, which joins the customer's
/// profile when they identify later.
/// </summary>
public sealed class NewsletterFlow(IProfileSignals signals) : IConversationFlow
{
    public const string NewsletterSubscription = "newsletter_subscription";
    public const string Subscribe = "Subscribe";
    public const string Unsubscribe = "Unsubscribe";

    public string Name => "newsletter";

    public bool Handles(string intent) => intent is NewsletterSubscription or Intents.OutreachStop;

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        // The words decide first: "sign me up for your emails" is sometimes read as outreach_stop, never meant as one.
        var wants = SubscriptionRequest.WantsSubscription(turn.Message.Text)
            ?? (turn.Intent.Intent == Intents.OutreachStop ? false : null);
        if (wants is null)
        {
            turn.Say("Would you like to subscribe to our news and offers, or unsubscribe from them?", Subscribe, Unsubscribe);
            turn.Continue(new NewsletterState());
            return Task.CompletedTask;
        }
        Record(turn, wants.Value);
        return Task.CompletedTask;
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (SubscriptionRequest.WantsSubscription(turn.Message.Text) is { } wants)
        {
            Record(turn, wants);
        }
        else
        {
            turn.End();
            turn.Say("OK, I've left your newsletter settings as they were.", StandardReplies.TopicActions);
        }
        return Task.CompletedTask;
    }

    private void Record(FlowTurn turn, bool granted)
    {
        turn.End();
        var message = turn.Message;
        if (!ChannelUser.IsValidChannel(message.ChannelId) || string.IsNullOrEmpty(message.ChannelUserId))
        {
            turn.Unhelpful = true;
            turn.Say("Sorry, I can't keep newsletter settings in this chat.");
            return;
        }
        var subject = turn.Conversation.CustomerId is { } customerId && ProfileIds.IsValidCustomerId(customerId)
            ? ProfileSubject.Customer(customerId)
            : ProfileSubject.Of(message.ChannelId, message.ChannelUserId);
        if (!signals.Record(new MarketingConsentGiven(subject, message.ChannelId, granted)))
        {
            turn.Unhelpful = true;
            turn.Say("Sorry, I couldn't save that just now. Please try again in a moment.");
            return;
        }
        turn.Say(granted
            ? "You're subscribed: I've noted that you'd like our news and offers as messages in this chat. "
                + "To stop them at any time, just reply STOP."
            : "You're unsubscribed: we won't send you news or offers in this chat. Answers to your own questions are not "
                + "affected, and you can subscribe again at any time by saying \"subscribe to the newsletter\".");
    }
}

/// <summary>Marks the turn after the bot asked whether to subscribe or unsubscribe.</summary>
public sealed class NewsletterState;
