using System.ComponentModel;
using EcomBot.Bot.Capabilities.Orders;
using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins;

/// <summary>
/// The identified customer's account: their orders, details and saved payment methods, and changes to them. Every
/// change is two calls: <c>propose_*</c> works out exactly what would change (nothing is written) and keeps it as a
/// proposal for the customer to confirm; the matching carry-out function takes only that proposal's id and runs only
/// once the customer has said yes on a later turn (the change-proposal filter checks). No argument names a customer:
/// the account is the session's.
/// </summary>
[CustomerScoped]
public sealed class OrdersPlugin(CustomerOrders orders, AccountChanges changes)
{
    public const string ListMyOrders = "list_my_orders";
    public const string GetOrderDetails = "get_order_details";
    public const string GetMyAccount = "get_my_account";
    public const string CancelPendingOrder = "cancel_pending_order";
    public const string ModifyPendingOrderAddress = "modify_pending_order_address";
    public const string ModifyPendingOrderItems = "modify_pending_order_items";
    public const string ModifyPendingOrderPayment = "modify_pending_order_payment";
    public const string ReturnDeliveredOrderItems = "return_delivered_order_items";
    public const string ExchangeDeliveredOrderItems = "exchange_delivered_order_items";
    public const string ModifyDefaultAddress = "modify_default_address";

    /// <summary>The propose function of a carry-out function.</summary>
    public static string Propose(string carryOut) => "propose_" + carryOut;

    private const string OrderIdText = "The order id, such as '#W0000000'.";
    private const string PaymentMethodText = "Id of one of the customer's saved payment methods, such as 'gift_card_0000000' or 'credit_card_0000000'.";
    private const string ProposalIdText = "The id of the proposal the customer confirmed.";
    private const string ProposalReturned = "Returns the proposal (its id and the preview of what changes); show it to the customer and wait for their explicit yes.";

    [KernelFunction(ListMyOrders), Description("Lists the customer's orders with status, items, fulfilments and payments.")]
    public Task<IReadOnlyList<Order>> ListMyOrdersAsync(Kernel kernel, CancellationToken cancellationToken) =>
        orders.ListAsync(KernelSession.Of(kernel), cancellationToken);

    [KernelFunction(GetOrderDetails), Description("Gets the status, items, tracking and payments of one of the customer's orders; another customer's order is not found.")]
    public Task<Order> GetOrderDetailsAsync(Kernel kernel, [Description(OrderIdText)] string orderId, CancellationToken cancellationToken) =>
        orders.GetAsync(KernelSession.Of(kernel), orderId, cancellationToken);

    [KernelFunction(GetMyAccount), Description("Gets the customer's name, email, default address, saved payment methods (with gift card balances) and order ids.")]
    public Task<User> GetMyAccountAsync(Kernel kernel, CancellationToken cancellationToken) =>
        orders.GetAccountAsync(KernelSession.Of(kernel), cancellationToken);

    [KernelFunction("propose_" + CancelPendingOrder), Description("Proposes cancelling a pending order; the refund goes to the original payment method. " + ProposalReturned)]
    public Task<ChangeProposal> ProposeCancelPendingOrderAsync(
        Kernel kernel,
        [Description(OrderIdText)] string orderId,
        [Description("Why: 'no longer needed' or 'ordered by mistake'.")] string reason,
        CancellationToken cancellationToken) =>
        ProposeAsync(kernel, CancelPendingOrder, new Commerce.Accounts.CancelPendingOrder(orderId, reason), cancellationToken);

    [KernelFunction(CancelPendingOrder), CarriesOutProposal, Description("Cancels the pending order of a confirmed proposal.")]
    public Task<ChangeOutcome> CancelPendingOrderAsync(Kernel kernel, [Description(ProposalIdText)] string proposalId, CancellationToken cancellationToken) =>
        changes.CarryOutAsync(KernelSession.Of(kernel), proposalId, cancellationToken);

    [KernelFunction("propose_" + ModifyPendingOrderAddress), Description("Proposes a new shipping address for a pending order. " + ProposalReturned)]
    public Task<ChangeProposal> ProposeModifyPendingOrderAddressAsync(
        Kernel kernel,
        [Description(OrderIdText)] string orderId,
        [Description("The new address.")] Address address,
        CancellationToken cancellationToken) =>
        ProposeAsync(kernel, ModifyPendingOrderAddress, new Commerce.Accounts.ModifyPendingOrderAddress(orderId, address), cancellationToken);

    [KernelFunction(ModifyPendingOrderAddress), CarriesOutProposal, Description("Changes a pending order's shipping address as a confirmed proposal says.")]
    public Task<ChangeOutcome> ModifyPendingOrderAddressAsync(Kernel kernel, [Description(ProposalIdText)] string proposalId, CancellationToken cancellationToken) =>
        changes.CarryOutAsync(KernelSession.Of(kernel), proposalId, cancellationToken);

    [KernelFunction("propose_" + ModifyPendingOrderItems), Description("Proposes swapping items of a pending order for other variants of the same products (possible once per order). " + ProposalReturned)]
    public Task<ChangeProposal> ProposeModifyPendingOrderItemsAsync(
        Kernel kernel,
        [Description(OrderIdText)] string orderId,
        [Description("Item ids to replace; repeat an id to replace several of it.")] string[] itemIds,
        [Description("Replacement item ids, position by position, each of the same product.")] string[] newItemIds,
        [Description(PaymentMethodText + " Pays or receives the price difference.")] string paymentMethodId,
        CancellationToken cancellationToken) =>
        ProposeAsync(kernel, ModifyPendingOrderItems, new Commerce.Accounts.ModifyPendingOrderItems(orderId, itemIds, newItemIds, paymentMethodId), cancellationToken);

    [KernelFunction(ModifyPendingOrderItems), CarriesOutProposal, Description("Swaps the items of a pending order as a confirmed proposal says.")]
    public Task<ChangeOutcome> ModifyPendingOrderItemsAsync(Kernel kernel, [Description(ProposalIdText)] string proposalId, CancellationToken cancellationToken) =>
        changes.CarryOutAsync(KernelSession.Of(kernel), proposalId, cancellationToken);

    [KernelFunction("propose_" + ModifyPendingOrderPayment), Description("Proposes paying a pending order with another of the customer's saved payment methods. " + ProposalReturned)]
    public Task<ChangeProposal> ProposeModifyPendingOrderPaymentAsync(
        Kernel kernel,
        [Description(OrderIdText)] string orderId,
        [Description(PaymentMethodText)] string paymentMethodId,
        CancellationToken cancellationToken) =>
        ProposeAsync(kernel, ModifyPendingOrderPayment, new Commerce.Accounts.ModifyPendingOrderPayment(orderId, paymentMethodId), cancellationToken);

    [KernelFunction(ModifyPendingOrderPayment), CarriesOutProposal, Description("Changes how a pending order is paid as a confirmed proposal says.")]
    public Task<ChangeOutcome> ModifyPendingOrderPaymentAsync(Kernel kernel, [Description(ProposalIdText)] string proposalId, CancellationToken cancellationToken) =>
        changes.CarryOutAsync(KernelSession.Of(kernel), proposalId, cancellationToken);

    [KernelFunction("propose_" + ReturnDeliveredOrderItems), Description("Proposes returning items of a delivered order, refunded to the original payment method or an existing gift card. " + ProposalReturned)]
    public Task<ChangeProposal> ProposeReturnDeliveredOrderItemsAsync(
        Kernel kernel,
        [Description(OrderIdText)] string orderId,
        [Description("Item ids to return; repeat an id to return several of it.")] string[] itemIds,
        [Description(PaymentMethodText + " Receives the refund.")] string paymentMethodId,
        CancellationToken cancellationToken) =>
        ProposeAsync(kernel, ReturnDeliveredOrderItems, new Commerce.Accounts.ReturnDeliveredOrderItems(orderId, itemIds, paymentMethodId), cancellationToken);

    [KernelFunction(ReturnDeliveredOrderItems), CarriesOutProposal, Description("Requests the return of a confirmed proposal.")]
    public Task<ChangeOutcome> ReturnDeliveredOrderItemsAsync(Kernel kernel, [Description(ProposalIdText)] string proposalId, CancellationToken cancellationToken) =>
        changes.CarryOutAsync(KernelSession.Of(kernel), proposalId, cancellationToken);

    [KernelFunction("propose_" + ExchangeDeliveredOrderItems), Description("Proposes exchanging items of a delivered order for available variants of the same products (possible once per order). " + ProposalReturned)]
    public Task<ChangeProposal> ProposeExchangeDeliveredOrderItemsAsync(
        Kernel kernel,
        [Description(OrderIdText)] string orderId,
        [Description("Item ids to exchange; repeat an id to exchange several of it.")] string[] itemIds,
        [Description("Replacement item ids, position by position, each of the same product.")] string[] newItemIds,
        [Description(PaymentMethodText + " Pays or receives the price difference.")] string paymentMethodId,
        CancellationToken cancellationToken) =>
        ProposeAsync(kernel, ExchangeDeliveredOrderItems, new Commerce.Accounts.ExchangeDeliveredOrderItems(orderId, itemIds, newItemIds, paymentMethodId), cancellationToken);

    [KernelFunction(ExchangeDeliveredOrderItems), CarriesOutProposal, Description("Requests the exchange of a confirmed proposal.")]
    public Task<ChangeOutcome> ExchangeDeliveredOrderItemsAsync(Kernel kernel, [Description(ProposalIdText)] string proposalId, CancellationToken cancellationToken) =>
        changes.CarryOutAsync(KernelSession.Of(kernel), proposalId, cancellationToken);

    [KernelFunction("propose_" + ModifyDefaultAddress), Description("Proposes a new default address for the customer's account (existing orders keep theirs). " + ProposalReturned)]
    public Task<ChangeProposal> ProposeModifyDefaultAddressAsync(
        Kernel kernel,
        [Description("The new default address.")] Address address,
        CancellationToken cancellationToken) =>
        ProposeAsync(kernel, ModifyDefaultAddress, new Commerce.Accounts.ModifyDefaultAddress(address), cancellationToken);

    [KernelFunction(ModifyDefaultAddress), CarriesOutProposal, Description("Changes the customer's default address as a confirmed proposal says.")]
    public Task<ChangeOutcome> ModifyDefaultAddressAsync(Kernel kernel, [Description(ProposalIdText)] string proposalId, CancellationToken cancellationToken) =>
        changes.CarryOutAsync(KernelSession.Of(kernel), proposalId, cancellationToken);

    private Task<ChangeProposal> ProposeAsync(Kernel kernel, string carryOut, AccountChange change, CancellationToken cancellationToken) =>
        changes.ProposeAsync(KernelSession.Of(kernel), PluginNames.Qualified(PluginNames.Orders, carryOut), change, cancellationToken);
}
