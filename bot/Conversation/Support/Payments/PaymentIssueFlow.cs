using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Bot.Conversation.Support.Handoff;
using EcomBot.Bot.Conversation.Support.Policies;

namespace EcomBot.Bot.Conversation.Support.Payments;

/// <summary>
/// "My payment didn't go through" (payment_issue): says how paying works in this store, citing the help article,
/// points to switching a pending order to another saved method, and offers a person for anything else.
/// </summary>
public sealed class PaymentIssueFlow : IConversationFlow
{
    public const string PaymentIssue = "payment_issue";

    /// <summary>Finds the help passage about paying with saved methods, cited under the answer.</summary>
    internal const string PaymentMethodsQuestion = "Which payment methods can I use: a credit card, PayPal or a gift card?";

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("payment-issue", PaymentIssue) with { HandoffReason = HandoffReason.PaymentProblem, TrainingExamples = FlowExamples.Beside<PaymentIssueFlow>(), RuleQuestionsMayRedirect = false };

    public async Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        turn.End();
        PersonOffer.Make(turn);
        var source = await turn.Functions.Policies.SearchAsync(PaymentMethodsQuestion, 1, cancellationToken);
        turn.Reply(new BotReply
        {
            Text = "I'm sorry you've had trouble paying. Orders here are paid with a payment method saved on your account: "
                + "a credit card, PayPal or a gift card, and a gift card must have enough balance to cover the amount. "
                + "This is a demo store, so check-out itself takes no payment. While an order is pending, I can switch it to "
                + "another of your saved payment methods. For anything else, a person from our team can look into the payment "
                + "with you. Would you like that?",
            SuggestedActions = ["Change the payment method", PersonOffer.TalkToAPerson],
            Citations = source.FoundReliableAnswer ? [PolicyQuestionFlow.Cite(source.Passages[0])] : [],
        });
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) => StartAsync(turn, cancellationToken);
}
