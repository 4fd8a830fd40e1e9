using System.ComponentModel;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins;

/// <summary>The authenticated customer's orders as kernel functions. Built per turn for the customer the
/// conversation identified, so no argument can reach another customer's order: one is answered as not found.
/// Changes must be confirmed by the customer before they are called; the functions do not ask.</summary>
public sealed class OrdersPlugin(CustomerAccount account, ICommerceStore store, ILogger<OrdersPlugin>? logger = null)
{
    private const string OrderIdDescription = "The order id, such as '#W0000000'.";
    private const string PaymentMethodDescription = "Id of one of the customer's payment methods, such as 'gift_card_0000000' or 'credit_card_0000000'.";
    private readonly ILogger _logger = logger ?? NullLogger<OrdersPlugin>.Instance;

    [KernelFunction("list_my_orders"), Description("Lists the customer's orders with status, items, fulfilments and payments.")]
    public Task<string> ListMyOrdersAsync(CancellationToken cancellationToken = default) =>
        PluginCall.RunAsync(() => account.ListOrdersAsync(cancellationToken), _logger, "list_my_orders");

    [KernelFunction("get_order_details"), Description("Gets the status, items, tracking and payments of one of the customer's orders.")]
    public Task<string> GetOrderDetailsAsync([Description(OrderIdDescription)] string orderId, CancellationToken cancellationToken = default) =>
        PluginCall.RunAsync(() => account.GetOrderAsync(orderId, cancellationToken), _logger, "get_order_details");

    [KernelFunction("get_product_details"), Description("Gets a product's variants (item ids, options, availability, price), to pick a replacement of the same product.")]
    public Task<string> GetProductDetailsAsync([Description("The product id, such as '6086499569'; not an item id.")] string productId, CancellationToken cancellationToken = default) =>
        PluginCall.RunAsync(() => store.GetProductAsync(productId.Trim(), cancellationToken), _logger, "get_product_details");

    [KernelFunction("cancel_pending_order"), Description("Cancels a pending order and refunds it (to a gift card at once, otherwise in 5-7 business days). Only after the customer said yes.")]
    public Task<string> CancelPendingOrderAsync(
        [Description(OrderIdDescription)] string orderId,
        [Description("Why: 'no longer needed' or 'ordered by mistake'.")] string reason,
        CancellationToken cancellationToken = default) =>
        PluginCall.RunAsync(() => account.CancelPendingOrderAsync(orderId, reason, cancellationToken), _logger, "cancel_pending_order");

    [KernelFunction("modify_pending_order_address"), Description("Changes the shipping address of a pending order. Only after the customer said yes.")]
    public Task<string> ModifyPendingOrderAddressAsync(
        [Description(OrderIdDescription)] string orderId,
        [Description("First address line, such as '123 Main St'.")] string address1,
        [Description("Second address line, such as 'Apt 1', or empty.")] string address2,
        [Description("City.")] string city,
        [Description("State, such as 'CA'.")] string state,
        [Description("Country, such as 'USA'.")] string country,
        [Description("Zip code, such as '12345'.")] string zip,
        CancellationToken cancellationToken = default) =>
        PluginCall.RunAsync(() => account.ModifyPendingOrderAddressAsync(orderId, new Address(address1, address2, city, country, state, zip), cancellationToken),
            _logger, "modify_pending_order_address");

    [KernelFunction("modify_pending_order_items"), Description("Swaps items of a pending order for other variants of the same products; possible once per order. Only after the customer said yes.")]
    public Task<string> ModifyPendingOrderItemsAsync(
        [Description(OrderIdDescription)] string orderId,
        [Description("Item ids to replace; repeat an id to replace several of it.")] string[] itemIds,
        [Description("Replacement item ids, position by position, each of the same product.")] string[] newItemIds,
        [Description(PaymentMethodDescription + " Pays or receives the price difference.")] string paymentMethodId,
        CancellationToken cancellationToken = default) =>
        PluginCall.RunAsync(() => account.ModifyPendingOrderItemsAsync(orderId, itemIds, newItemIds, paymentMethodId, cancellationToken),
            _logger, "modify_pending_order_items");

    [KernelFunction("modify_pending_order_payment"), Description("Pays a pending order with another of the customer's payment methods. Only after the customer said yes.")]
    public Task<string> ModifyPendingOrderPaymentAsync(
        [Description(OrderIdDescription)] string orderId,
        [Description(PaymentMethodDescription)] string paymentMethodId,
        CancellationToken cancellationToken = default) =>
        PluginCall.RunAsync(() => account.ModifyPendingOrderPaymentAsync(orderId, paymentMethodId, cancellationToken), _logger, "modify_pending_order_payment");

    [KernelFunction("return_delivered_order_items"), Description("Requests a return of items of a delivered order, refunded to the original payment method or a gift card. Only after the customer said yes.")]
    public Task<string> ReturnDeliveredOrderItemsAsync(
        [Description(OrderIdDescription)] string orderId,
        [Description("Item ids to return; repeat an id to return several of it.")] string[] itemIds,
        [Description(PaymentMethodDescription + " Receives the refund.")] string paymentMethodId,
        CancellationToken cancellationToken = default) =>
        PluginCall.RunAsync(() => account.ReturnDeliveredOrderItemsAsync(orderId, itemIds, paymentMethodId, cancellationToken), _logger, "return_delivered_order_items");

    [KernelFunction("exchange_delivered_order_items"), Description("Requests an exchange of items of a delivered order for available variants of the same products. Only after the customer said yes.")]
    public Task<string> ExchangeDeliveredOrderItemsAsync(
        [Description(OrderIdDescription)] string orderId,
        [Description("Item ids to exchange; repeat an id to exchange several of it.")] string[] itemIds,
        [Description("Replacement item ids, position by position, each of the same product.")] string[] newItemIds,
        [Description(PaymentMethodDescription + " Pays or receives the price difference.")] string paymentMethodId,
        CancellationToken cancellationToken = default) =>
        PluginCall.RunAsync(() => account.ExchangeDeliveredOrderItemsAsync(orderId, itemIds, newItemIds, paymentMethodId, cancellationToken),
            _logger, "exchange_delivered_order_items");
}
