using System.Text;
using EcomBot.Bot.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// Turns a <see cref="BotReply"/> into an activity for one channel: cards as a hero-card carousel where cards
/// work, otherwise as text; suggested actions as buttons where supported, otherwise as a list of options.
/// Citations become a "Sources" line with links: a link within this server (a help article) is made absolute under
/// <c>Bot:PublicUrl</c>; without it, only the web chat page, which knows its own address, gets the link, and other channels
/// the article's title alone. The text is markdown that keeps the reply's lines apart
/// (<see cref="ReplyMarkdown"/>). Card buttons that stand for an action carry it in the activity's value.
/// </summary>
/// <param name="publicUrl">The address customers reach this server at, or null when it is not configured.</param>
public sealed class ReplyRenderer(string? publicUrl = null)
{
    private readonly Uri? _publicUrl = publicUrl is { Length: > 0 } ? new Uri(publicUrl.EndsWith('/') ? publicUrl : publicUrl + "/") : null;

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
            text.Append("\n\nSources: ").AppendJoin("; ", reply.Citations.Select(c => Source(c, channelId)));
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

    /// <summary>A citation as a markdown link that leads somewhere on this channel, or its title alone.</summary>
    private string Source(Citation citation, string channelId)
    {
        // On Unix "/help/x" parses as an absolute file URI: only a web address counts as absolute here.
        if (Uri.TryCreate(citation.Url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return $"[{citation.Title}]({citation.Url})";
        }
        if (_publicUrl is not null)
        {
            return $"[{citation.Title}]({new Uri(_publicUrl, citation.Url.TrimStart('/')).AbsoluteUri})";
        }
        // The web chat page turns links by path into links to itself; elsewhere a path leads nowhere.
        return ChannelCapabilities.IsOwnWebChat(channelId) ? $"[{citation.Title}]({citation.Url})" : $"{citation.Title} (help article)";
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
