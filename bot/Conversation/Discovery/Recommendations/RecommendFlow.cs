using EcomBot.Bot.Capabilities.Recommendations;
using EcomBot.Bot.Conversation.Routing;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Discovery.Recommendations;

/// <summary>"Recommend something": recommendation cards for whoever is asking, identified or not; a request that names a
/// kind of product ("recommend me a kettle") gets the best picks of that kind. The picks stay as the list shown, so
/// "add the first to cart" and the cards' buttons add the right one; anything else ends the flow.</summary>
public sealed class RecommendFlow(IOptions<RecommendationOptions> options, ShownItemsCart cart) : IConversationFlow
{
    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("recommend", Intents.Recommend) with
    {
        TrainingExamples = FlowExamples.Beside<RecommendFlow>(),
        RuleQuestionsMayRedirect = false,
        KeepsWhileActive = ShownItemsCart.Intents,
    };

    public async Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        turn.End();
        var picks = await turn.Functions.Recommendations.RecommendAsync(options.Value.CardCount, turn.Message.Text, cancellationToken);
        if (picks.Count == 0)
        {
            turn.Unhelpful = true;
            turn.Say("I have nothing to recommend right now. Tell me what you are looking for and I'll search the store.");
            return;
        }
        var personal = picks.Any(p => p.Basis != RecommendationBasis.Popular);
        turn.Reply(RecommendationCards.Reply(
            personal ? "Here are a few things you might like:" : "Here are a few of our customers' favourites:", picks));
        turn.Continue(new DiscoveryState { Shown = [.. picks.Select(Shown)] });
    }

    public async Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State<DiscoveryState>() ?? new DiscoveryState();
        var askedWhich = state.AskedWhichToAdd;
        state.AskedWhichToAdd = false;
        if (await cart.TryAnswerAsync(turn, state, askedWhich, cancellationToken))
        {
            turn.Continue(state);
            return;
        }
        if (turn.Intent.Intent == Intents.Recommend)
        {
            await StartAsync(turn, cancellationToken);
            return;
        }
        // Not about the picks: the router answers it afresh.
        turn.End();
    }

    private static ShownItem Shown(Recommendation pick) => new(
        pick.Variant.ItemId, pick.Product.ProductId, pick.Product.Name,
        pick.Variant.Options.ToDictionary(o => o.Key.ToLowerInvariant(), o => o.Value, StringComparer.OrdinalIgnoreCase),
        pick.Variant.Price, pick.Variant.Available);
}
