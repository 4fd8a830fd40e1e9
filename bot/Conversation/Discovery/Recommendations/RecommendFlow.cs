using EcomBot.Bot.Capabilities.Recommendations;
using EcomBot.Bot.Conversation.Routing;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Discovery.Recommendations;

/// <summary>"Recommend something": one turn of recommendation cards for whoever is asking, identified or not; a
/// request that names a kind of product ("recommend me a kettle") gets the best picks of that kind.
/// The cards' buttons send "details …" / "add … to cart", which the discovery flow takes from there.</summary>
public sealed class RecommendFlow(IOptions<RecommendationOptions> options) : IConversationFlow
{
    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("recommend", Intents.Recommend) with { TrainingExamples = FlowExamples.Beside<RecommendFlow>(), RuleQuestionsMayRedirect = false };

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
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) => StartAsync(turn, cancellationToken);
}
