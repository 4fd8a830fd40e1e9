using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Slots;
using Markdig;
using Microsoft.Bot.Schema;

namespace EcomBot.Bot.Tests.BotFramework;

public sealed class ReplyRendererTests
{
    private static readonly BotReply Reply = new()
    {
        Text = "Here are two mugs.",
        SuggestedActions = ["Cheaper", "In black"],
        Cards =
        [
            new ReplyCard("Coffee Mug", "$12.00 - in stock", ["Colour: black", "Capacity: 12 oz"], [new CardButton("Add to cart", "Add Coffee Mug (black) to my cart", ButtonAction.For(Intents.AddToCart, SlotKeys.ItemId, "123")), new CardButton("Ask", "what sizes are there?")]),
            new ReplyCard("Tea Mug", "$9.50 - sold out", ["Colour: white"], []),
        ],
        Citations = [new Citation("Returns", "/help/returns#how-to-return")],
    };

    [Fact]
    public void CardChannelsGetACarouselOfHeroCardsAndSuggestedActions()
    {
        var activity = new ReplyRenderer().Render(Reply, "webchat");

        Assert.Equal(AttachmentLayoutTypes.Carousel, activity.AttachmentLayout);
        Assert.Equal(2, activity.Attachments.Count);
        var first = (HeroCard)activity.Attachments[0].Content;
        Assert.Equal("Coffee Mug", first.Title);
        Assert.Equal(["Add to cart", "Ask"], first.Buttons.Select(b => b.Title));
        Assert.Equal(ActionTypes.ImBack, first.Buttons[1].Type);
        Assert.Equal("what sizes are there?", first.Buttons[1].Value);
        Assert.Equal(["Cheaper", "In black"], activity.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Contains("Sources: [Returns](/help/returns#how-to-return)", activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AButtonWithAnActionPostsItInTheValueWithTheCustomersWordsAsTextAndDisplayText()
    {
        var activity = new ReplyRenderer().Render(Reply, "webchat");

        var add = ((HeroCard)activity.Attachments[0].Content).Buttons[0];
        Assert.Equal(ActionTypes.MessageBack, add.Type);
        Assert.Equal("Add Coffee Mug (black) to my cart", add.Text);
        Assert.Equal("Add Coffee Mug (black) to my cart", add.DisplayText);
        var value = Newtonsoft.Json.Linq.JObject.FromObject(add.Value);
        Assert.Equal(Intents.AddToCart, (string?)value["action"]);
        Assert.Equal("123", (string?)value["item_id"]);
    }

    [Fact]
    public void OnACardChannelWithoutMessageBackAButtonSendsTheCustomersWords()
    {
        var activity = new ReplyRenderer().Render(Reply, "telegram");

        var add = ((HeroCard)activity.Attachments[0].Content).Buttons[0];
        Assert.Equal((ActionTypes.ImBack, "Add Coffee Mug (black) to my cart"), (add.Type, (string)add.Value));
    }

    [Fact]
    public void PlainChannelsGetCardsAndChoicesAsText()
    {
        var activity = new ReplyRenderer().Render(Reply, "sms");

        Assert.Empty(activity.Attachments ?? []);
        Assert.Null(activity.SuggestedActions);
        Assert.Contains("**Tea Mug** - $9.50 - sold out", activity.Text, StringComparison.Ordinal);
        Assert.Contains("- Capacity: 12 oz", activity.Text, StringComparison.Ordinal);
        Assert.Contains("You can say: \"Cheaper\", \"In black\"", activity.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("emulator")]
    [InlineData("webchat")]
    public void WithThePublicUrlSetEveryChannelLinksTheHelpArticleUnderIt(string channel)
    {
        var activity = new ReplyRenderer("https://shop.example.com").Render(Reply, channel);

        Assert.Contains("Sources: [Returns](https://shop.example.com/help/returns#how-to-return)", activity.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("sms")]
    public void WithoutThePublicUrlAChannelOtherThanTheWebPageNamesTheArticleWithoutADeadLink(string channel)
    {
        var activity = new ReplyRenderer().Render(Reply, channel);

        Assert.Contains("Sources: Returns (help article)", activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("](/help/", activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALineAfterAListIsAParagraphOfItsOwnNotPartOfTheLastItem()
    {
        var reply = BotReply.Say("Please confirm: cancel order #W1.\n- Lamp $10.00\n- Mug $5.00\n$15.00 will be refunded.\nReply \"yes\" to cancel.");

        var html = Markdown.ToHtml(new ReplyRenderer().Render(reply, "webchat").Text);

        Assert.Contains("<li>Mug $5.00</li>", html, StringComparison.Ordinal);
        Assert.Contains("<p>$15.00 will be refunded.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Reply &quot;yes&quot; to cancel.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TablesAndFencedLinesKeepTheirRowsTogether()
    {
        var text = "Compared:\n| | A | B |\n| --- | --- | --- |\n| price | $1 | $2 |\n```\nline one\n\nline two\n```\nDone.";

        var markdown = ReplyMarkdown.KeepLines(text);

        Assert.Equal("Compared:\n\n| | A | B |\n| --- | --- | --- |\n| price | $1 | $2 |\n\n```\nline one\n\nline two\n```\n\nDone.", markdown);
    }
}
