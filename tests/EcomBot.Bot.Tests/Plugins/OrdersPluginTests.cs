using EcomBot.TestSupport;
using System.Text.Json;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Plugins;
using EcomBot.Bot.Tests.Commerce;

namespace EcomBot.Bot.Tests.Plugins;

public sealed class OrdersPluginTests
{
    private const string Customer = "yusuf_rossi_9620";
    private const string OthersPendingOrder = "#W5918442"; // belongs to sofia_rossi_8776
    private const string NotFound = """{"error":"Order not found"}""";

    private readonly DemoCommerceStore _store = DemoData.FreshStore();

    private OrdersPlugin Plugin => new(new CustomerAccount(_store, Customer), _store);

    [Fact]
    public async Task TheCustomersOwnOrderIsReturnedAsCompactJson()
    {
        var json = await Plugin.GetOrderDetailsAsync("#W2378156");

        using var order = JsonDocument.Parse(json);
        Assert.Equal("#W2378156", order.RootElement.GetProperty("order_id").GetString());
        Assert.Equal("delivered", order.RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain('\n', json);
    }

    [Theory]
    [InlineData("W2378156")]
    [InlineData(" #w2378156 ")]
    public async Task AnOrderIdTypedWithoutTheHashOrInLowerCaseStillFindsTheOrder(string typed) =>
        Assert.Contains("\"order_id\":\"#W2378156\"", await Plugin.GetOrderDetailsAsync(typed));

    [Fact]
    public async Task AnotherCustomersOrderIsAnsweredExactlyLikeAnOrderThatDoesNotExist()
    {
        Assert.Equal(NotFound, await Plugin.GetOrderDetailsAsync(OthersPendingOrder));
        Assert.Equal(NotFound, await Plugin.GetOrderDetailsAsync("#W0000000"));
    }

    [Fact]
    public async Task AnotherCustomersOrderCannotBeChangedInAnyWay()
    {
        var before = CommerceJson.Serialize(await _store.GetOrderAsync(OthersPendingOrder));

        Assert.Equal(NotFound, await Plugin.CancelPendingOrderAsync(OthersPendingOrder, "no longer needed"));
        Assert.Equal(NotFound, await Plugin.ModifyPendingOrderAddressAsync(OthersPendingOrder, "1 Evil Rd", "", "Nowhere", "NV", "USA", "00000"));
        Assert.Equal(NotFound, await Plugin.ModifyPendingOrderPaymentAsync(OthersPendingOrder, "credit_card_9513926"));
        Assert.Equal(NotFound, await Plugin.ModifyPendingOrderItemsAsync(OthersPendingOrder, ["1"], ["2"], "credit_card_9513926"));
        Assert.Equal(NotFound, await Plugin.ReturnDeliveredOrderItemsAsync(OthersPendingOrder, ["1"], "credit_card_9513926"));
        Assert.Equal(NotFound, await Plugin.ExchangeDeliveredOrderItemsAsync(OthersPendingOrder, ["1"], ["2"], "credit_card_9513926"));

        Assert.Equal(before, CommerceJson.Serialize(await _store.GetOrderAsync(OthersPendingOrder)));
    }

    [Fact]
    public async Task ListingOrdersShowsOnlyTheCustomersOwn()
    {
        using var orders = JsonDocument.Parse(await Plugin.ListMyOrdersAsync());

        var owners = orders.RootElement.EnumerateArray().Select(o => o.GetProperty("user_id").GetString()).ToList();
        Assert.Equal(5, owners.Count);
        Assert.All(owners, owner => Assert.Equal(Customer, owner));
    }

    [Fact]
    public async Task ARefusalOfThePolicyComesBackInTheStoresWords() =>
        Assert.Equal("""{"error":"Non-pending order cannot be cancelled"}""", await Plugin.CancelPendingOrderAsync("#W2378156", "no longer needed"));

    [Fact]
    public async Task AConfirmedCancellationOfTheCustomersOwnPendingOrderIsCarriedOut()
    {
        using var order = JsonDocument.Parse(await Plugin.CancelPendingOrderAsync("#W6247578", "ordered by mistake"));

        Assert.Equal("cancelled", order.RootElement.GetProperty("status").GetString());
        Assert.Equal("cancelled", (await _store.GetOrderAsync("#W6247578")).Status);
    }

    [Fact]
    public async Task AnUnexpectedFailureGivesASafeMessageAndNoDetails()
    {
        var plugin = new OrdersPlugin(new CustomerAccount(UnreachableStore.Create(), Customer), UnreachableStore.Create());

        var json = await plugin.GetOrderDetailsAsync("#W2378156");

        Assert.Equal(JsonSerializer.Serialize(new { error = PluginCall.UnavailableMessage }), json);
        Assert.DoesNotContain("10.0.0.7", json);
    }
}
