using System.Text.Json.Nodes;
using EcomBot.Integration.Tests.Hosting;

namespace EcomBot.Integration.Tests.DirectLine;

/// <summary>
/// A product card's "Add to cart" over Direct Line, as Web Chat presses it: the button is a messageBack whose value holds
/// the action and item, and whose words are the customer's; the bot acts on the value and the transcript holds no id.
/// </summary>
public sealed class CardButtonsOverDirectLineTests(DirectLineConversationTests.Server server)
    : IClassFixture<DirectLineConversationTests.Server>
{
    private DirectLineClient Client => server.Client;

    [Fact]
    public async Task PressingAddToCartPostsTheActionInTheValueAndTheBotAddsThatItem()
    {
        var conversation = await Client.StartWithNewTokenAsync();
        (await Client.PostTextAsync(conversation.Id, conversation.Token, "mechanical keyboard")).Dispose();
        var cards = (await Client.AllActivitiesAsync(conversation))
            .Where(a => a["from"]?["role"]?.GetValue<string>() == "bot" && a["attachments"] is JsonArray { Count: > 0 })
            .SelectMany(a => a["attachments"]!.AsArray()).Select(a => a!["content"]!).ToList();
        Assert.NotEmpty(cards);
        Assert.Equal(cards.Count, cards.Select(c => c["title"]!.GetValue<string>()).Distinct().Count());
        var add = cards.SelectMany(c => c["buttons"]!.AsArray()).First(b => b!["title"]!.GetValue<string>() == "Add to cart")!;
        Assert.Equal("messageBack", add["type"]!.GetValue<string>());
        var displayText = add["displayText"]!.GetValue<string>();
        Assert.StartsWith("Add Mechanical Keyboard (", displayText, StringComparison.Ordinal);
        var itemId = add["value"]!["item_id"]!.GetValue<string>();
        Assert.DoesNotContain(itemId, displayText, StringComparison.Ordinal);

        // What Web Chat posts for a messageBack: text, value, and the words to show in channelData.
        using var posted = await Client.SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities", conversation.Token,
            BotJson.Raw(new JsonObject
            {
                ["type"] = "message",
                ["from"] = new JsonObject { ["id"] = "shopper" },
                ["text"] = add["text"]!.GetValue<string>(),
                ["value"] = add["value"]!.DeepClone(),
                ["channelData"] = new JsonObject { ["messageBack"] = new JsonObject { ["displayText"] = displayText } },
            }.ToJsonString()));
        posted.EnsureSuccessStatusCode();
        (await Client.PostTextAsync(conversation.Id, conversation.Token, "view cart")).Dispose();

        var activities = await Client.AllActivitiesAsync(conversation);
        var texts = DirectLineClient.BotTexts(new JsonArray([.. activities.Select(a => a.DeepClone())]));
        Assert.Contains(texts, t => t.StartsWith("Added Mechanical Keyboard", StringComparison.Ordinal));
        var cart = activities.Last(a => a["from"]?["role"]?.GetValue<string>() == "bot" && a["text"]!.GetValue<string>().StartsWith("Your cart has 1 item", StringComparison.Ordinal));
        var line = cart["attachments"]!.AsArray().Single()!["content"]!;
        Assert.Equal(itemId, line["buttons"]![0]!["value"]!["item_id"]!.GetValue<string>());
        var customerSaid = activities.Where(a => a["from"]?["role"]?.GetValue<string>() == "user").Select(a => a["text"]?.GetValue<string>() ?? "").ToList();
        Assert.DoesNotContain(customerSaid, t => t.Contains(itemId, StringComparison.Ordinal));
    }
}
