using EcomBot.Bot.Conversation.Discovery.Cart;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Integration.Tests.Redis;

namespace EcomBot.Integration.Tests.Cart;

/// <summary>Check-out through the real app over <c>/api/messages</c>: the check-out message, then cards of what
/// customers bought together with the order's products (the composition wires the suggestions into the cart).</summary>
public sealed class CheckoutOverHttpTests
{
    /// <summary>In the demo catalogue: a Desk Lamp (white, high brightness, USB) in stock.</summary>
    private const string DeskLamp = "9083642334";

    [Fact]
    public async Task CheckingOutADeskLampSuggestsProductsBoughtWithIt()
    {
        await using var app = new RedisBotApplication(new Dictionary<string, string?>());
        await SendAsync(app, CartMessages.Add(DeskLamp));

        var replies = await SendAsync(app, CartMessages.CheckOut);

        Assert.Equal(2, replies.Count);
        Assert.Contains("takes no payment", (string?)replies[0]["text"], StringComparison.Ordinal);
        var cards = replies[1]["attachments"]!.AsArray();
        Assert.Equal(2, cards.Count);
        Assert.All(cards, card =>
        {
            Assert.Equal("application/vnd.microsoft.card.hero", (string?)card!["contentType"]);
            Assert.Contains("Often bought together with the desk lamp", card["content"]!.ToJsonString(), StringComparison.Ordinal);
        });
    }

    private static async Task<List<JsonObject>> SendAsync(RedisBotApplication app, string text)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/messages", new JsonObject
        {
            ["type"] = "message",
            ["deliveryMode"] = "expectReplies",
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://localhost",
            ["conversation"] = new JsonObject { ["id"] = "conv-checkout-1" },
            ["from"] = new JsonObject { ["id"] = "shopper-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["text"] = text,
        });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return [.. body!["activities"]!.AsArray().Select(a => a!.AsObject()).Where(a => (string?)a["type"] == "message")];
    }
}
