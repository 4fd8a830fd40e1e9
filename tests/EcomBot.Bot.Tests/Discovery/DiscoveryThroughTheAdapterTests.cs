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
using static EcomBot.TestSupport.FakeIntentClassifier;

namespace EcomBot.Bot.Tests.Discovery;

/// <summary>Discovery through the Bot Framework edge: results arrive as a hero-card carousel whose buttons send the
/// messages the flows read back.</summary>
public sealed class DiscoveryThroughTheAdapterTests
{
    private const string Request = "waterproof hiking boots size 12 under $250";

    [Fact]
    public async Task ResultsArriveAsACarouselAndItsAddToCartButtonFillsTheCart()
    {
        var bot = await BotAsync();
        string? addMessage = null;

        await new TestFlow(new TestAdapter(Microsoft.Bot.Connector.Channels.Test), bot)
            .Send(Request)
            .AssertReply(reply =>
            {
                var message = (IMessageActivity)reply;
                Assert.Equal(AttachmentLayoutTypes.Carousel, message.AttachmentLayout);
                var cards = message.Attachments.Select(a => Assert.IsType<HeroCard>(a.Content)).ToList();
                Assert.NotEmpty(cards);
                Assert.All(cards, card => Assert.Matches(@"^\$[\d,]+\.\d\d · (in stock|out of stock)$", card.Subtitle));
                var inStock = cards.First(card => card.Buttons.Any(b => b.Title == "Add to cart"));
                addMessage = (string)inStock.Buttons.Single(b => b.Title == "Add to cart").Value;
            })
            .StartTestAsync();

        // A second exchange in the same conversation (same storage, same test user), sending what the button sends.
        Assert.NotNull(addMessage);
        await new TestFlow(new TestAdapter(Microsoft.Bot.Connector.Channels.Test), bot)
            .Send(addMessage)
            .AssertReply(reply => Assert.StartsWith("Added Hiking Boots", ((IMessageActivity)reply).Text, StringComparison.Ordinal))
            .Send("view cart")
            .AssertReply(reply =>
            {
                var message = (IMessageActivity)reply;
                Assert.StartsWith("Your cart has 1 item", message.Text, StringComparison.Ordinal);
                Assert.Single(message.Attachments);
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
