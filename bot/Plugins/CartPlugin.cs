using System.ComponentModel;
using EcomBot.Bot.Capabilities.Cart;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins;

/// <summary>The shopper's cart (the identified customer's, else this channel user's). Carts change nothing in the
/// store: the shop's own check-out takes the order and the payment.</summary>
public sealed class CartPlugin(ShoppingCart cart)
{
    public const string ViewCart = "view_cart";
    public const string AddToCart = "add_to_cart";
    public const string RemoveFromCart = "remove_from_cart";
    public const string EmptyCart = "empty_cart";
    public const string CheckOut = "check_out";

    [KernelFunction(ViewCart), Description("Lists what is in the shopper's cart, with quantities and the total.")]
    public Task<CartContents> ViewCartAsync(Kernel kernel, CancellationToken cancellationToken) =>
        cart.ViewAsync(KernelSession.Of(kernel), cancellationToken);

    [KernelFunction(AddToCart), Description("Adds a variant to the cart if it can be bought now; says why not otherwise (unknown item, out of stock, most one order may hold).")]
    public Task<CartAddition> AddToCartAsync(
        Kernel kernel,
        [Description("The item id of the variant, such as '1151293680'.")] string itemId,
        [Description("How many, 1 or more.")] int quantity = 1,
        CancellationToken cancellationToken = default) =>
        cart.AddAsync(KernelSession.Of(kernel), itemId, quantity, cancellationToken);

    [KernelFunction(RemoveFromCart), Description("Takes an item's line out of the cart; returns the line removed, or nothing when it was not there.")]
    public Task<CartLine?> RemoveFromCartAsync(
        Kernel kernel,
        [Description("The item id to remove.")] string itemId,
        CancellationToken cancellationToken) =>
        cart.RemoveAsync(KernelSession.Of(kernel), itemId, cancellationToken);

    [KernelFunction(EmptyCart), Description("Takes everything out of the cart; returns what was in it.")]
    public Task<CartContents> EmptyCartAsync(Kernel kernel, CancellationToken cancellationToken) =>
        cart.EmptyAsync(KernelSession.Of(kernel), cancellationToken);

    [KernelFunction(CheckOut), Description("Hands the cart to the shop's check-out: returns the cart and the check-out link (this bot takes no payment).")]
    public Task<CartCheckout> CheckOutAsync(Kernel kernel, CancellationToken cancellationToken) =>
        cart.CheckOutAsync(KernelSession.Of(kernel), cancellationToken);
}
