using System.Text.Json.Serialization;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Commerce.Accounts;

/// <summary>A change support may make to a customer's records, in the store's own terms (the tau2 retail tools).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "change")]
[JsonDerivedType(typeof(CancelPendingOrder), "cancel_pending_order")]
[JsonDerivedType(typeof(ModifyPendingOrderAddress), "modify_pending_order_address")]
[JsonDerivedType(typeof(ModifyPendingOrderItems), "modify_pending_order_items")]
[JsonDerivedType(typeof(ModifyPendingOrderPayment), "modify_pending_order_payment")]
[JsonDerivedType(typeof(ReturnDeliveredOrderItems), "return_delivered_order_items")]
[JsonDerivedType(typeof(ExchangeDeliveredOrderItems), "exchange_delivered_order_items")]
[JsonDerivedType(typeof(ModifyDefaultAddress), "modify_user_address")]
public abstract record AccountChange;

/// <summary>A change to one of the customer's orders.</summary>
public interface IOrderChange
{
    string OrderId { get; }
}

/// <param name="Reason">"no longer needed" or "ordered by mistake".</param>
public sealed record CancelPendingOrder(string OrderId, string Reason) : AccountChange, IOrderChange;

public sealed record ModifyPendingOrderAddress(string OrderId, Address Address) : AccountChange, IOrderChange;

/// <param name="ItemIds">Items to replace; an id repeated replaces several of it.</param>
/// <param name="NewItemIds">Replacements, position by position, each a variant of the same product.</param>
/// <param name="PaymentMethodId">Pays or receives the price difference.</param>
public sealed record ModifyPendingOrderItems(string OrderId, IReadOnlyList<string> ItemIds, IReadOnlyList<string> NewItemIds, string PaymentMethodId)
    : AccountChange, IOrderChange;

public sealed record ModifyPendingOrderPayment(string OrderId, string PaymentMethodId) : AccountChange, IOrderChange;

/// <param name="PaymentMethodId">Receives the refund: the original payment method or an existing gift card.</param>
public sealed record ReturnDeliveredOrderItems(string OrderId, IReadOnlyList<string> ItemIds, string PaymentMethodId) : AccountChange, IOrderChange;

public sealed record ExchangeDeliveredOrderItems(string OrderId, IReadOnlyList<string> ItemIds, IReadOnlyList<string> NewItemIds, string PaymentMethodId)
    : AccountChange, IOrderChange;

/// <summary>The customer's default address (existing orders keep theirs).</summary>
public sealed record ModifyDefaultAddress(Address Address) : AccountChange;

/// <summary>What a change does: the order and the account before and after (the order is null for account changes).</summary>
public sealed record ChangeOutcome(Order? OrderBefore, Order? OrderAfter, User AccountBefore, User AccountAfter);
