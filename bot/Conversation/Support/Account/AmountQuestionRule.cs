using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Plugins.Calls;

namespace EcomBot.Bot.Conversation.Support.Account;

/// <summary>
/// A question about the customer's own amounts (<see cref="AmountQuestion"/>: "what's my gift card balance now?", "how
/// much will I get back in total?") goes to <see cref="AccountAmountsFlow"/>, whatever the classifier made of it (a
/// cart, a refund policy, a receipt), also in the middle of another flow, which then goes on.
/// </summary>
public sealed class AmountQuestionRule : IRoutingRule
{
    public bool WhileFlowActive => true;

    public Task<IntentPrediction?> ReconsiderAsync(
        CustomerMessage message, IntentPrediction prediction, ConversationData conversation, TurnFunctions functions,
        CancellationToken cancellationToken) =>
        Task.FromResult(AmountQuestion.Read(message.Text) is null
            ? null
            : new IntentPrediction(AccountAmountsFlow.AccountAmounts, 1, prediction.Slots) { Ranked = prediction.Ranked });
}
