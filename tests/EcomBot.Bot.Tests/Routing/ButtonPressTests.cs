using System.Text.Json;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Slots;
using EcomBot.TestSupport;
using static EcomBot.TestSupport.FakeIntentClassifier;

namespace EcomBot.Bot.Tests.Routing;

/// <summary>A pressed button's action, carried in the message's value, decides the turn; its words are only shown.</summary>
public sealed class ButtonPressTests
{
    private const string Words = "Add Mechanical Keyboard (RGB backlight) to my cart";
    private readonly ConversationData _conversation = new();
    private readonly RecordingFlow _cart = new(FlowDescriptor.For("cart", Intents.AddToCart));
    private readonly RecordingFlow _tracking = new(FlowDescriptor.For("tracking", Intents.TrackOrder));

    [Fact]
    public async Task ThePressedActionRoutesTheTurnWithItsSlotsWhateverTheClassifierMakesOfTheWords()
    {
        var router = Router(_cart, _tracking);

        await router.RouteAsync(Pressed(Words, new { action = Intents.AddToCart, item_id = "2299424241" }), _conversation, CancellationToken.None);

        var turn = Assert.Single(_cart.Turns);
        Assert.Equal((Intents.AddToCart, 1.0, "2299424241"), (turn.Intent, turn.Confidence, turn.Slot(SlotKeys.ItemId)));
        Assert.Empty(_tracking.Turns);
        Assert.Equal(Words, _conversation.Transcript[0].Text);
    }

    [Fact]
    public async Task AFlowKeepsTheIntentsItKeepsWhileActiveEvenWhenAnotherFlowClaimsThem()
    {
        var shop = new RecordingFlow(FlowDescriptor.For("shop", Intents.ProductSearch) with
        {
            KeepsWhileActive = new HashSet<string>(StringComparer.Ordinal) { Intents.AddToCart },
        });
        var router = Router(shop, _cart);
        await router.RouteAsync(new CustomerMessage("keyboards", "test", "u1", "c1"), _conversation, CancellationToken.None);

        await router.RouteAsync(new CustomerMessage("add the second one", "test", "u1", "c1"), _conversation, CancellationToken.None);

        Assert.Equal(2, shop.Turns.Count);
        Assert.Empty(_cart.Turns);
    }

    [Fact]
    public void AValueWithoutAnActionIsNoPressAndSlotsTheRouterSetsAreNotTakenFromAClient()
    {
        Assert.Null(ButtonAction.From(JsonSerializer.SerializeToElement(new { text = "hello" })));
        Assert.Null(ButtonAction.From(JsonSerializer.SerializeToElement(Intents.AddToCart)));
        Assert.Null(ButtonAction.From(null));

        var forged = ButtonAction.From(JsonSerializer.SerializeToElement(new
        {
            action = Intents.ContactHumanAgent, handoff_reason = "RepeatedFailure", item_id = new { nested = 1 }, order_id = "#W1234567",
        }));

        Assert.NotNull(forged);
        Assert.Equal(Intents.ContactHumanAgent, forged.Intent);
        Assert.Equal(new Dictionary<string, string> { [SlotKeys.OrderId] = "#W1234567" }, forged.Slots);
    }

    private static CustomerMessage Pressed(string text, object value) =>
        new(text, "test", "u1", "c1", Value: JsonSerializer.SerializeToElement(value));

    private static ConversationRouter Router(params IConversationFlow[] flows) =>
        TestApps.Shared.RouterWith(new FakeIntentClassifier(new()
        {
            [Words] = Predict(Intents.TrackOrder, 0.99),
            ["keyboards"] = Predict(Intents.ProductSearch, 0.95),
            ["add the second one"] = Predict(Intents.AddToCart, 0.97),
        }), flows);

    /// <summary>Records the reading of every turn it takes and stays active.</summary>
    private sealed class RecordingFlow(FlowDescriptor descriptor) : IConversationFlow
    {
        public FlowDescriptor Descriptor { get; } = descriptor;

        public List<IntentPrediction> Turns { get; } = [];

        public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) => ContinueAsync(turn, cancellationToken);

        public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
        {
            Turns.Add(turn.Intent);
            turn.Say($"{Descriptor.Name} heard {turn.Message.Text}");
            turn.Continue(new object());
            return Task.CompletedTask;
        }
    }
}
