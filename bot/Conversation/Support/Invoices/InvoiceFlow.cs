using EcomBot.Bot.Conversation.Support.Orders;

namespace EcomBot.Bot.Conversation.Support.Invoices;

/// <summary>
/// "Can I get an invoice?" (check_invoice, get_invoice): identifies the customer, settles on one of their orders and
/// shows its receipt. The demo store produces no invoice documents (no PDF, no email), and the answer says so.
/// </summary>
public sealed class InvoiceFlow(OrderChoice orders) : IConversationFlow
{
    public const string CheckInvoice = "check_invoice";
    public const string GetInvoice = "get_invoice";

    public const string NoDocuments =
        "This demo store doesn't produce invoice documents: there's no PDF and nothing is sent by email, so this receipt is what I can show you.";

    private static readonly OrderRequirement AnyOrder = new(
        _ => true,
        "Which order would you like the receipt for?",
        "I don't see any orders on your account, so there is no receipt to show.",
        _ => BotReply.Say("That order has no receipt."),
        IdentifyBefore: "Before I look up your receipts",
        ReadsOnly: true);

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("invoice", CheckInvoice, GetInvoice) with { TrainingExamples = FlowExamples.Beside<InvoiceFlow>(), RuleQuestionsMayRedirect = false };

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, new InvoiceState(), firstTurn: true, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, turn.State<InvoiceState>() ?? new InvoiceState(), firstTurn: false, cancellationToken);

    private async Task RunAsync(FlowTurn turn, InvoiceState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (await orders.ChooseAsync(turn, state, AnyOrder, firstTurn, cancellationToken) is not { } chosen)
        {
            return;
        }
        var profile = await turn.Functions.Orders.GetAccountAsync(cancellationToken);
        turn.Say(OrderReceipt.Describe(chosen.Order, profile) + "\n\n" + NoDocuments, "Track my order", "Store policies");
        turn.End();
    }
}

public sealed class InvoiceState : IOrderFlowState
{
    public OrderChoiceState Choice { get; set; } = new();
}
