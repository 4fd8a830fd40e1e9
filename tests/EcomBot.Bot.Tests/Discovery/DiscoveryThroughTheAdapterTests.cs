using EcomBot.TestSupport;
using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Bot.Conversation.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using static EcomBot.TestSupport.FakeIntentClassifier;

namespace EcomBot.Bot.Tests.Discovery;

/// <summary>Discovery through the Bot Framework edge: results arrive as a hero-card carousel whose buttons post their
/// action in the activity's value, with the customer's words as the text.</summary>
public sealed class DiscoveryThroughTheAdapterTests
{
    private const string Request = "waterproof hiking boots size 12 under $250";

    [Fact]
    public async Task ResultsArriveAsACarouselWhoseAddToCartButtonCarriesItsActionInTheValueAndFillsTheCart()
    {
        var bot = await BotAsync();
        CardAction? add = null;

        await new TestFlow(new TestAdapter(Microsoft.Bot.Connector.Channels.Test), bot)
            .Send(Request)
            .AssertReply(reply =>
            {
                var message = (IMessageActivity)reply;
                Assert.Equal(AttachmentLayoutTypes.Carousel, message.AttachmentLayout);
                var cards = message.Attachments.Select(a => Assert.IsType<HeroCard>(a.Content)).ToList();
                Assert.NotEmpty(cards);
                Assert.All(cards, card => Assert.Matches(@"^\$[\d,]+\.\d\d · (in stock|out of stock)$", card.Subtitle));
                Assert.Equal(cards.Count, cards.Select(c => c.Title).Distinct().Count());
                add = cards.First(card => card.Buttons.Any(b => b.Title == "Add to cart")).Buttons.Single(b => b.Title == "Add to cart");
            })
            .StartTestAsync();

        Assert.NotNull(add);
        Assert.Equal(ActionTypes.MessageBack, add.Type);
        Assert.Matches(@"^Add Hiking Boots \(.+\) to my cart$", add.DisplayText);
        Assert.Equal(add.DisplayText, add.Text);
        Assert.DoesNotMatch(@"\d{6,}", add.DisplayText);
        var value = JObject.FromObject(add.Value);
        Assert.Equal(Intents.AddToCart, (string?)value["action"]);
        Assert.Matches(@"^\d{10}$", (string?)value["item_id"]);

        // What Web Chat posts for a messageBack button, in a second exchange of the same conversation.
        var pressed = MessageFactory.Text(add.Text);
        pressed.Value = value;
        pressed.ChannelData = new JObject { ["messageBack"] = new JObject { ["displayText"] = add.DisplayText } };
        await new TestFlow(new TestAdapter(Microsoft.Bot.Connector.Channels.Test), bot)
            .Send(pressed)
            .AssertReply(reply => Assert.StartsWith("Added Hiking Boots", ((IMessageActivity)reply).Text, StringComparison.Ordinal))
            .Send("view cart")
            .AssertReply(reply =>
            {
                var message = (IMessageActivity)reply;
                Assert.StartsWith("Your cart has 1 item", message.Text, StringComparison.Ordinal);
                var line = Assert.IsType<HeroCard>(Assert.Single(message.Attachments).Content);
                Assert.Equal((string?)value["item_id"], (string?)JObject.FromObject(line.Buttons.Single().Value)["item_id"]);
            })
            .StartTestAsync();
    }

    private static Task<EcomBotActivityHandler> BotAsync()
    {
        var storage = new MemoryStorage();
        var app = TestApp.Create(settings: new Dictionary<string, string?> { ["Recommendations:AfterOrderCount"] = "0" });
        var classifier = new CardButtonIntents(new FakeIntentClassifier(new() { [Request] = Predict(Intents.ProductSearch, 0.95) }));
        var router = app.RouterWith(classifier, [app.Flow<DiscoveryFlow>(), app.Flow<CartFlow>()]);
        return Task.FromResult(new EcomBotActivityHandler(
            new ConversationState(storage), new UserState(storage), router, new ReplyRenderer(), Options.Create(new BotOptions())));
    }
}
