using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Profiles.Signals;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Recommendations;

/// <summary>"Recommend something": one turn of recommendation cards for whoever is asking, identified or not; a
/// request that names a kind of product ("recommend me a kettle") gets the best picks of that kind.
/// The cards' buttons send "details …" / "add … to cart", which the discovery flow takes from there.</summary>
public sealed class RecommendFlow(RecommendationService recommendations, IOptions<RecommendationOptions> options) : IConversationFlow
{
    public string Name => "recommend";

    public bool Handles(string intent) => intent == Intents.Recommend;

    public async Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        turn.End();
        var subject = turn.Conversation.CustomerId is { } customerId
            ? ProfileSubject.Customer(customerId)
            : ProfileSubject.Of(turn.Message.ChannelId, turn.Message.ChannelUserId);
        var picks = await recommendations.RecommendAsync(subject, options.Value.CardCount, turn.Message.Text, cancellationToken);
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
