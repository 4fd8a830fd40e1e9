using EcomBot.TestSupport;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Plugins;
using EcomBot.Bot.Tests.Commerce;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Tests.Plugins;

public sealed class PluginDescriptionTests
{
    public static TheoryData<string> Plugins => ["orders", "profile"];

    [Theory]
    [MemberData(nameof(Plugins))]
    public void EveryFunctionAndParameterIsDescribedForTheModel(string name)
    {
        foreach (var function in Create(name))
        {
            Assert.False(string.IsNullOrWhiteSpace(function.Description), function.Name);
            Assert.All(function.Metadata.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{function.Name}.{p.Name}"));
        }
    }

    [Theory]
    [MemberData(nameof(Plugins))]
    public void NoFunctionLetsTheModelSayWhoTheCustomerIs(string name)
    {
        var parameters = Create(name).SelectMany(f => f.Metadata.Parameters).Select(p => p.Name).ToList();

        Assert.NotEmpty(parameters);
        Assert.DoesNotContain(parameters, p => p.Contains("user", StringComparison.OrdinalIgnoreCase)
            || p.Contains("customer", StringComparison.OrdinalIgnoreCase) || p.Contains("email", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AKernelCallWithAnInjectedCustomerIdStillReadsOnlyTheBoundCustomer()
    {
        var store = DemoData.FreshStore();
        var plugin = KernelPluginFactory.CreateFromObject(new OrdersPlugin(new CustomerAccount(store, "yusuf_rossi_9620"), store), "orders");

        var result = await new Kernel().InvokeAsync(plugin["get_order_details"],
            new KernelArguments { ["orderId"] = "#W5918442", ["user_id"] = "sofia_rossi_8776", ["customerId"] = "sofia_rossi_8776" });

        Assert.Equal("""{"error":"Order not found"}""", result.GetValue<string>());
    }

    private static KernelPlugin Create(string name)
    {
        var store = DemoData.FreshStore();
        var account = new CustomerAccount(store, "yusuf_rossi_9620");
        return name == "orders"
            ? KernelPluginFactory.CreateFromObject(new OrdersPlugin(account, store), name)
            : KernelPluginFactory.CreateFromObject(new ProfilePlugin(account), name);
    }
}
