using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Newsletter;

/// <summary>
/// Newsletter subscriptions (newsletter_subscription) and STOP replies (outreach_stop): records the customer's marketing
/// consent for this channel in their profile and confirms it, always saying how to stop. No identification is needed:
/// consent is kept on the identified customer's profile, or on this channel user's, which joins the customer's
/// profile when they identify later.
/// </summary>
public sealed class NewsletterFlow : IConversationFlow
{
    public const string NewsletterSubscription = "newsletter_subscription";
    public const string Subscribe = "Subscribe";
    public const string Unsubscribe = "Unsubscribe";

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("newsletter", NewsletterSubscription, Intents.OutreachStop) with { TrainingExamples = FlowExamples.Beside<NewsletterFlow>(), RuleQuestionsMayRedirect = false };

    public async Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        // The words decide: "sign me up for your emails" is sometimes read as outreach_stop, never meant as one, and
        // "this is taking forever, I'm so annoyed!!!" too; only words that say stop unsubscribe anybody.
        var wants = SubscriptionRequest.WantsSubscription(turn.Message.Text);
        if (wants is null && turn.Intent.Intent == Intents.OutreachStop)
        {
            // Not a request about the newsletter at all: the router asks what the customer needs.
            turn.End();
            return;
        }
        if (wants is null)
        {
            turn.Say("Would you like to subscribe to our news and offers, or unsubscribe from them?", Subscribe, Unsubscribe);
            turn.Continue(new NewsletterState());
            return;
        }
        await RecordAsync(turn, wants.Value, cancellationToken);
    }

    public async Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (SubscriptionRequest.WantsSubscription(turn.Message.Text) is { } wants)
        {
            await RecordAsync(turn, wants, cancellationToken);
        }
        else
        {
            turn.End();
            turn.Say("OK, I've left your newsletter settings as they were.", StandardReplies.TopicActions);
        }
    }

    private static async Task RecordAsync(FlowTurn turn, bool granted, CancellationToken cancellationToken)
    {
        turn.End();
        if (turn.Functions.Session.ChannelUser is null)
        {
            turn.Unhelpful = true;
            turn.Say("Sorry, I can't keep newsletter settings in this chat.");
            return;
        }
        if (!await turn.Functions.Profile.SetMarketingConsentAsync(granted, cancellationToken))
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
