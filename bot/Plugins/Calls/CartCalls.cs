using EcomBot.Bot.Capabilities.Cart;

namespace EcomBot.Bot.Plugins.Calls;

public readonly struct CartCalls(TurnFunctions functions)
{
    public Task<CartContents> ViewAsync(CancellationToken cancellationToken) =>
        functions.CallAsync<CartContents>(PluginNames.Cart, CartPlugin.ViewCart, new(), cancellationToken);

    public Task<CartAddition> AddAsync(string itemId, int quantity, CancellationToken cancellationToken) =>
        functions.CallAsync<CartAddition>(PluginNames.Cart, CartPlugin.AddToCart, new() { ["itemId"] = itemId, ["quantity"] = quantity }, cancellationToken);

    public Task<CartLine?> RemoveAsync(string itemId, CancellationToken cancellationToken) =>
        functions.CallAsync<CartLine?>(PluginNames.Cart, CartPlugin.RemoveFromCart, new() { ["itemId"] = itemId }, cancellationToken);

    public Task<CartContents> EmptyAsync(CancellationToken cancellationToken) =>
        functions.CallAsync<CartContents>(PluginNames.Cart, CartPlugin.EmptyCart, new(), cancellationToken);

    public Task<CartCheckout> CheckOutAsync(CancellationToken cancellationToken) =>
        functions.CallAsync<CartCheckout>(PluginNames.Cart, CartPlugin.CheckOut, new(), cancellationToken);
}
