using EcomBot.Bot.Plugins;
using EcomBot.Bot.Plugins.Filters;
using EcomBot.Bot.Plugins.Kernels;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Tests.Plugins;

/// <summary>Who the customer is comes from the session: the customer-scoped plugins are absent until the customer is
/// identified, refused if reached anyway, and no argument can name another customer.</summary>
public sealed class SessionScopeTests
{
    [Fact]
    public void BeforeIdentificationTheKernelHoldsNoCustomerScopedPlugin()
    {
        using var session = new PluginSession();

        var plugins = session.NextTurn().Kernel.Plugins.Select(p => p.Name).ToList();

        Assert.DoesNotContain(PluginNames.Orders, plugins);
        Assert.Contains(PluginNames.Catalog, plugins);
        Assert.Contains(PluginNames.Cart, plugins);
    }

    [Fact]
    public void OnceIdentifiedTheOrdersPluginJoinsTheKernel()
    {
        using var session = new PluginSession();
        var turn = session.NextTurn();
        Assert.DoesNotContain(PluginNames.Orders, turn.Kernel.Plugins.Select(p => p.Name));

        session.Conversation.CustomerId = "sofia_li_9219";

        Assert.Contains(PluginNames.Orders, turn.Kernel.Plugins.Select(p => p.Name));
    }

    [Fact]
    public async Task ACustomerScopedFunctionForcedIntoAnAnonymousKernelIsStillRefused()
    {
        using var session = new PluginSession();
        var kernel = session.NextTurn().Kernel;
        var orders = session.App.Get<PluginCatalog>().For(customerIdentified: true).Single(p => p.Name == PluginNames.Orders);

        var refused = await Assert.ThrowsAsync<FunctionRefusedException>(() =>
            kernel.InvokeAsync(orders[OrdersPlugin.ListMyOrders], []));

        Assert.Equal("The customer has not been identified yet.", refused.Message);
    }

    [Theory]
    [InlineData("customerId")]
    [InlineData("user_id")]
    [InlineData("email")]
    public async Task AnArgumentTheFunctionDoesNotTakeIsRefusedNotIgnored(string injected)
    {
        using var session = new PluginSession("yusuf_rossi_9620");

        var refused = await Assert.ThrowsAsync<FunctionRefusedException>(() => session.NextTurn().Kernel.InvokeAsync(
            PluginNames.Orders, OrdersPlugin.GetOrderDetails, new() { ["orderId"] = "#W5918442", [injected] = "sofia_rossi_8776" }));

        Assert.Contains(injected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherCustomersOrderIsAnsweredExactlyLikeOneThatDoesNotExist()
    {
        using var session = new PluginSession("yusuf_rossi_9620");
        var orders = session.NextTurn().Orders;

        var others = await Assert.ThrowsAsync<Bot.Commerce.CommerceException>(() => orders.GetAsync("#W5918442", CancellationToken.None));
        var missing = await Assert.ThrowsAsync<Bot.Commerce.CommerceException>(() => orders.GetAsync("#W0000000", CancellationToken.None));

        Assert.Equal(missing.Message, others.Message);
        Assert.All(await orders.ListAsync(CancellationToken.None), o => Assert.Equal("yusuf_rossi_9620", o.UserId));
    }

    [Fact]
    public void EveryFunctionAndParameterIsDescribedAndNoneNamesACustomer()
    {
        using var session = new PluginSession();
        var functions = session.App.Get<PluginCatalog>().For(customerIdentified: true).SelectMany(p => p).ToList();

        Assert.NotEmpty(functions);
        foreach (var function in functions)
        {
            Assert.False(string.IsNullOrWhiteSpace(function.Description), function.Name);
            Assert.All(function.Metadata.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{function.Name}.{p.Name}"));
            Assert.DoesNotContain(function.Metadata.Parameters, p => p.Name.Contains("customer", StringComparison.OrdinalIgnoreCase)
                || p.Name.Contains("user", StringComparison.OrdinalIgnoreCase));
        }
    }
}
