using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Plugins.Calls;

namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>A message that is only who the customer is ("hi, I'm Jane Doe, zip 12345") identifies them (see
/// <see cref="IdentifyCustomerFlow"/> for why this is a rule, not a learned intent).</summary>
public sealed class IdentityOnlyRule : IRoutingRule
{
    public Task<IntentPrediction?> ReconsiderAsync(
        CustomerMessage message, IntentPrediction prediction, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken) =>
        Task.FromResult(CustomerIdentification.IsOnlyIdentity(message.Text, prediction)
            ? new IntentPrediction(Intents.Identify, 1, prediction.Slots)
            : null);
}
