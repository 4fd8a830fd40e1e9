using System.Text.Json.Serialization;

namespace EcomBot.Bot.Commerce.Records;

/// <summary>Order statuses as the store writes them; modifications check them exactly, as the benchmark does.</summary>
public static class OrderStatus
{
    public const string Pending = "pending";
    public const string PendingItemModified = "pending (item modified)";
    public const string Processed = "processed";
    public const string Delivered = "delivered";
    public const string Cancelled = "cancelled";
    public const string ReturnRequested = "return requested";
    public const string ExchangeRequested = "exchange requested";
}

public sealed record OrderItem(string Name, string ProductId, string ItemId, decimal Price, IReadOnlyDictionary<string, string> Options);

public sealed record Fulfillment(IReadOnlyList<string> TrackingId, IReadOnlyList<string> ItemIds);

/// <summary>A money movement on an order: <c>payment</c> or <c>refund</c>.</summary>
public sealed record PaymentTransaction(string TransactionType, decimal Amount, string PaymentMethodId)
{
    public const string Payment = "payment";
    public const string Refund = "refund";
}

/// <summary>An order with its items, fulfilments, payment history and the details of any requested
/// cancellation, exchange or return (null until requested).</summary>
public sealed record Order(
    string OrderId,
    string UserId,
    Address Address,
    IReadOnlyList<OrderItem> Items,
    string Status,
    IReadOnlyList<Fulfillment> Fulfillments,
    IReadOnlyList<PaymentTransaction> PaymentHistory,
    string? CancelReason = null,
    IReadOnlyList<string>? ExchangeItems = null,
    IReadOnlyList<string>? ExchangeNewItems = null,
    string? ExchangePaymentMethodId = null,
    decimal? ExchangePriceDifference = null,
    IReadOnlyList<string>? ReturnItems = null,
    string? ReturnPaymentMethodId = null)
{
    /// <summary>Address and payment may change while the status contains "pending"; items, and cancelling,
    /// need the plain "pending" status (items can be modified once).</summary>
    [JsonIgnore]
    public bool IsPending => Status.Contains(OrderStatus.Pending, StringComparison.Ordinal);
}
