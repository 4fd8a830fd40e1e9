using System.Text;
using EcomBot.Bot.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// Turns a <see cref="BotReply"/> into an activity for one channel: cards as a hero-card carousel where cards
/// work, otherwise as text; suggested actions as buttons where supported, otherwise as a list of options.
/// Citations become a "Sources" line with links. The text is markdown that keeps the reply's lines apart
/// (<see cref="ReplyMarkdown"/>). Card buttons that stand for an action carry it in the activity's value.
/// </summary>
public sealed class ReplyRenderer
{
    public IMessageActivity Render(BotReply reply, string channelId)
    {
        var text = new StringBuilder(reply.Text);
        var cards = ChannelCapabilities.SupportsCards(channelId);
        if (!cards)
        {
            foreach (var card in reply.Cards)
            {
                text.Append("\n\n**").Append(card.Title).Append("**");
                if (card.Subtitle is not null)
                {
                    text.Append(" - ").Append(card.Subtitle);
                }
                foreach (var line in card.Lines)
                {
                    text.Append("\n- ").Append(line);
                }
            }
        }
        if (reply.Citations.Count > 0)
        {
            text.Append("\n\nSources: ").AppendJoin("; ", reply.Citations.Select(c => $"[{c.Title}]({c.Url})"));
        }
        var suggested = ChannelCapabilities.SupportsSuggestedActions(channelId);
        if (!suggested && reply.SuggestedActions.Count > 0)
        {
            text.Append("\n\nYou can say: ").AppendJoin(", ", reply.SuggestedActions.Select(a => $"\"{a}\""));
        }

        var activity = MessageFactory.Text(ReplyMarkdown.KeepLines(text.ToString()));
        activity.TextFormat = TextFormatTypes.Markdown;
        if (cards && reply.Cards.Count > 0)
        {
            activity.AttachmentLayout = AttachmentLayoutTypes.Carousel;
            var messageBack = ChannelCapabilities.SupportsMessageBack(channelId);
            activity.Attachments = reply.Cards.Select(card => ToHeroCard(card, messageBack)).ToList();
        }
        if (suggested && reply.SuggestedActions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = reply.SuggestedActions
                    .Select(a => new CardAction(ActionTypes.ImBack, title: a, value: a))
                    .ToList(),
            };
        }
        return activity;
    }

    private static Attachment ToHeroCard(ReplyCard card, bool messageBack) => new HeroCard
    {
        Title = card.Title,
        Subtitle = card.Subtitle,
        Text = string.Join("\n\n", card.Lines),
        Images = card.ImageUrl is null ? [] : [new CardImage(card.ImageUrl)],
        Buttons = card.Buttons.Select(b => ToCardAction(b, messageBack)).ToList(),
    }.ToAttachment();

    /// <summary>A button with an action posts it back in the activity's value (messageBack), with the customer's words as
    /// the text the transcript shows; one without, or on a channel without messageBack, sends its words as if typed
    /// (imBack), which name the item well enough to be read back.</summary>
    private static CardAction ToCardAction(CardButton button, bool messageBack) => button.Action is { } action && messageBack
        ? new CardAction(ActionTypes.MessageBack, title: button.Title, text: button.Says, displayText: button.Says, value: action.ToValue())
        : new CardAction(ActionTypes.ImBack, title: button.Title, value: button.Says);
}
