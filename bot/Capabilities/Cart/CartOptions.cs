using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Capabilities.Cart;

/// <summary>Settings of the cart (section <c>Cart</c>).</summary>
public sealed class CartOptions
{
    public const string SectionName = "Cart";

    /// <summary>Where check-out would continue; the demo store takes no payment, so this is a placeholder link.</summary>
    [Required(ErrorMessage = "Cart:CheckoutUrl is required.")]
    [Url(ErrorMessage = "Cart:CheckoutUrl must be an absolute http or https URL.")]
    public string CheckoutUrl { get; set; } = "https://example.com/checkout";

    /// <summary>Most units of one item a cart holds.</summary>
    [Range(1, 99, ErrorMessage = "Cart:MaxQuantityPerItem must be between 1 and 99.")]
    public int MaxQuantityPerItem { get; set; } = 10;
}
