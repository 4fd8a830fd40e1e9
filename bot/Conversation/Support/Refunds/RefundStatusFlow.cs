using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Handoff;
using EcomBot.Bot.Conversation.Support.Orders;

namespace EcomBot.Bot.Conversation.Support.Refunds;

/// <summary>
/// "Where is my refund?" (track_refund): identifies the customer, settles on one of their orders with a refund to talk
/// about (one issued, or a requested return or exchange), and says what the store's records show with how long a
/// refund to that method takes, offering a person for a refund the customer finds overdue. Questions about refund
/// rules ("how long does a refund take?") are answered by the policy flow instead.
/// </summary>
public sealed class RefundStatusFlow(OrderChoice orders) : IConversationFlow
{
    public const string TrackRefund = "track_refund";

    internal const string BeforeRefunds = "Before I look up your refunds";

    private static readonly OrderRequirement OrderWithRefund = new(
        RefundStatus.HasRefundNews,
        "Which order's refund would you like to check?",
        "I don't see any refunds on your account: none of your orders was cancelled, returned or exchanged, "
            + "and none has a refund in its payment history. I can show you your orders, or a person from our team can look into it.",
        NoRefundOn,
        ShowsTheOrder: true,
        IdentifyBefore: BeforeRefunds,
        NoneQualifyActions: ["Show my orders", PersonOffer.TalkToAPerson],
        TakesTheOnlyOne: true,
        ReadsOnly: true);

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("refund-status", TrackRefund) with { HandoffReason = HandoffReason.RefundDelayed, TrainingExamples = FlowExamples.Beside<RefundStatusFlow>() };

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, new RefundStatusState(), firstTurn: true, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, turn.State<RefundStatusState>() ?? new RefundStatusState(), firstTurn: false, cancellationToken);

    private async Task RunAsync(FlowTurn turn, RefundStatusState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (await orders.ChooseAsync(turn, state, OrderWithRefund, firstTurn, cancellationToken) is not { } chosen)
        {
            return;
        }
        var profile = await turn.Functions.Orders.GetAccountAsync(cancellationToken);
        turn.Say(RefundStatus.Describe(chosen.Order, profile));
        turn.Say("If your refund is taking longer than that, a person from our team can look into it. Would you like that?",
            PersonOffer.TalkToAPerson, PersonOffer.NoThanks);
        PersonOffer.Make(turn);
        turn.End();
    }

    private static BotReply NoRefundOn(Order order) => BotReply.Say(
        $"Order {order.OrderId} is {OrderDescriptions.Status(order)}, and nothing has been refunded on it: it has no refund in its payment history "
            + "and no return or exchange was requested.",
        "Show my orders", PersonOffer.TalkToAPerson);
}

public sealed class RefundStatusState : IOrderFlowState
{
    public OrderChoiceState Choice { get; set; } = new();
}
