using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Plugins.Calls;

public readonly struct OrderCalls(TurnFunctions functions)
{
    public Task<IReadOnlyList<Order>> ListAsync(CancellationToken cancellationToken) =>
        functions.CallAsync<IReadOnlyList<Order>>(PluginNames.Orders, OrdersPlugin.ListMyOrders, new(), cancellationToken);

    public Task<Order> GetAsync(string orderId, CancellationToken cancellationToken) =>
        functions.CallAsync<Order>(PluginNames.Orders, OrdersPlugin.GetOrderDetails, new() { ["orderId"] = orderId }, cancellationToken);

    public Task<User> GetAccountAsync(CancellationToken cancellationToken) =>
        functions.CallAsync<User>(PluginNames.Orders, OrdersPlugin.GetMyAccount, new(), cancellationToken);

    /// <summary>Proposes a change through its <c>propose_*</c> function; the proposal waits for the customer's answer.</summary>
    public Task<ChangeProposal> ProposeAsync(AccountChange change, CancellationToken cancellationToken)
    {
        var (function, arguments) = change switch
        {
            CancelPendingOrder c => (OrdersPlugin.CancelPendingOrder, new Microsoft.SemanticKernel.KernelArguments { ["orderId"] = c.OrderId, ["reason"] = c.Reason }),
            ModifyPendingOrderAddress c => (OrdersPlugin.ModifyPendingOrderAddress, new() { ["orderId"] = c.OrderId, ["address"] = c.Address }),
            ModifyPendingOrderItems c => (OrdersPlugin.ModifyPendingOrderItems, new()
            {
                ["orderId"] = c.OrderId, ["itemIds"] = c.ItemIds.ToArray(), ["newItemIds"] = c.NewItemIds.ToArray(), ["paymentMethodId"] = c.PaymentMethodId,
            }),
            ModifyPendingOrderPayment c => (OrdersPlugin.ModifyPendingOrderPayment, new() { ["orderId"] = c.OrderId, ["paymentMethodId"] = c.PaymentMethodId }),
            ReturnDeliveredOrderItems c => (OrdersPlugin.ReturnDeliveredOrderItems, new()
            {
                ["orderId"] = c.OrderId, ["itemIds"] = c.ItemIds.ToArray(), ["paymentMethodId"] = c.PaymentMethodId,
            }),
            ExchangeDeliveredOrderItems c => (OrdersPlugin.ExchangeDeliveredOrderItems, new()
            {
                ["orderId"] = c.OrderId, ["itemIds"] = c.ItemIds.ToArray(), ["newItemIds"] = c.NewItemIds.ToArray(), ["paymentMethodId"] = c.PaymentMethodId,
            }),
            ModifyDefaultAddress c => (OrdersPlugin.ModifyDefaultAddress, new() { ["address"] = c.Address }),
            _ => throw new ArgumentException($"No function proposes {change.GetType().Name}.", nameof(change)),
        };
        return functions.CallAsync<ChangeProposal>(PluginNames.Orders, OrdersPlugin.Propose(function), arguments, cancellationToken);
    }

    /// <summary>Carries out a proposal through its carry-out function (refused unless the customer confirmed it).</summary>
    public Task<ChangeOutcome> CarryOutAsync(ChangeProposal proposal, CancellationToken cancellationToken) =>
        functions.CallAsync<ChangeOutcome>(PluginNames.Orders, proposal.Function[(PluginNames.Orders.Length + 1)..],
            new() { [CarriesOutProposalAttribute.ProposalIdArgument] = proposal.Id }, cancellationToken);
}
