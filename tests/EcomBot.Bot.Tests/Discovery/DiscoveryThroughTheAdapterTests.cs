using EcomBot.TestSupport;
using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Cart;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Tests.Commerce;
using EcomBot.Bot.Tests.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using static EcomBot.Bot.Tests.Routing.FakeIntentClassifier;

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

    private static async Task<EcomBotActivityHandler> BotAsync()
    {
        var storage = new MemoryStorage();
        var signals = new RecordedSignals();
        var catalogue = new CatalogueItems(DemoData.FreshStore());
        var cart = new CartActions(new InMemoryCartStore(), catalogue, signals, Options.Create(new CartOptions()));
        var classifier = new CardButtonIntents(new FakeIntentClassifier(new() { [Request] = Predict(Intents.ProductSearch, 0.95) }));
        var router = new ConversationRouter(
            classifier,
            [new DiscoveryFlow(new DiscoverySearch(await ShopHarness.SearchAsync()), new DiscoveryAnswers(catalogue, signals), cart, catalogue, signals), new CartFlow(cart)],
            Options.Create(new ConversationRouterOptions()),
            TimeProvider.System);
        return new EcomBotActivityHandler(
            new ConversationState(storage), new UserState(storage), router, new ReplyRenderer(), Options.Create(new BotOptions()));
    }
}
