using System.Net;
using EcomBot.Integration.Tests.DirectLine;
using EcomBot.Integration.Tests.Hosting;

namespace EcomBot.Integration.Tests.Identity;

/// <summary>
/// A shopper the shop's back end has signed in gets a Direct Line token minted with the secret for their store customer
/// id, and the bot knows who they are without asking. Mia Moore (mia_moore_8366, mia.moore8091@example.com) has
/// delivered #W5544629; Raj Sanchez (raj.sanchez2046@example.com, pending #W4566809) is someone else. Over real sockets, as Web Chat talks to the bot.
/// </summary>
public sealed class SignedInShopperTests
{
    private const string Secret = "signed-in-shopper-secret-0123456789";
    private const string Mia = "mia_moore_8366";
    private const string MiasOrder = "#W5544629";

    [Fact]
    public async Task AVouchedShopperIsNotAskedWhoTheyAreAndSeesTheirOwnOrder()
    {
        using var app = App();
        var client = new DirectLineClient(app.CreateSocketClient());
        var conversation = await client.StartAsync(await client.GenerateTokenForAsync(Secret, Mia));

        var replies = await SayAsync(client, conversation, $"where is my order {MiasOrder}?");

        Assert.DoesNotContain("confirm who you are", replies, StringComparison.Ordinal);
        Assert.Contains($"Order {MiasOrder}", replies, StringComparison.Ordinal);
        Assert.Contains("delivered", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousTokenHolderClaimingTheCustomersIdInTheActivityIsStillAskedWhoTheyAre()
    {
        using var app = App();
        var client = new DirectLineClient(app.CreateSocketClient());
        var conversation = await client.StartWithNewTokenAsync();

        using var posted = await client.SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities", conversation.Token,
            BotJson.Body(new { type = "message", text = $"where is my order {MiasOrder}?", from = new { id = Mia } }));
        var replies = string.Join("\n", await client.BotTextsAsync(conversation));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("confirm who you are", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("delivered", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVouchedIdNoAccountHasIdentifiesNobody()
    {
        using var app = App();
        var client = new DirectLineClient(app.CreateSocketClient());
        var conversation = await client.StartAsync(await client.GenerateTokenForAsync(Secret, "no_such_customer_1"));

        var replies = await SayAsync(client, conversation, $"where is my order {MiasOrder}?");

        Assert.Contains("confirm who you are", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVouchedShopperWhoTypesAnotherCustomersEmailStaysThemselves()
    {
        using var app = App();
        var client = new DirectLineClient(app.CreateSocketClient());
        var conversation = await client.StartAsync(await client.GenerateTokenForAsync(Secret, Mia));

        await SayAsync(client, conversation, "where is my order #W4566809?");
        var replies = await SayAsync(client, conversation, "raj.sanchez2046@example.com");

        Assert.Contains("already verified as Mia", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("#W4566809 is", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInModeAsksAnAnonymousShopperToSignInAndNeverLooksUpTypedDetails()
    {
        using var app = App(new() { ["Identity:Mode"] = "SignedIn" });
        var client = new DirectLineClient(app.CreateSocketClient());
        var conversation = await client.StartWithNewTokenAsync();

        var asked = await SayAsync(client, conversation, $"where is my order {MiasOrder}?");
        var typed = await SayAsync(client, conversation, "mia.moore8091@example.com");
        var policy = await SayAsync(client, conversation, "How long does a refund to my credit card take?");

        Assert.Contains("sign in to your account on our website", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("found your account", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("delivered", typed, StringComparison.Ordinal);
        Assert.Contains("sign in", typed, StringComparison.Ordinal);
        Assert.Contains("5 to 7 business days", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInModeServesTheVouchedShopper()
    {
        using var app = App(new() { ["Identity:Mode"] = "SignedIn" });
        var client = new DirectLineClient(app.CreateSocketClient());
        var conversation = await client.StartAsync(await client.GenerateTokenForAsync(Secret, Mia));

        var replies = await SayAsync(client, conversation, $"where is my order {MiasOrder}?");

        Assert.Contains($"Order {MiasOrder}", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("sign in", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATurnOverTheBotFrameworkEndpointIsNeverVouchedWhateverItsSenderId()
    {
        using var app = App();
        using var http = app.CreateClient();
        var conversationId = Guid.NewGuid().ToString("N");

        using var response = await http.PostAsync("/api/messages", BotJson.Body(new
        {
            type = "message",
            text = $"where is my order {MiasOrder}?",
            channelId = "emulator",
            serviceUrl = "http://localhost",
            deliveryMode = "expectReplies",
            conversation = new { id = conversationId },
            from = new { id = Mia },
            recipient = new { id = "bot" },
        }));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("confirm who you are", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInModeWithoutADirectLineSecretStopsStartUpNamingBothKeys()
    {
        var failure = await StartUp.FailureAsync("Development", new Dictionary<string, string?> { ["Identity:Mode"] = "SignedIn" });

        Assert.Contains("Identity:Mode", failure.GetBaseException().Message, StringComparison.Ordinal);
        Assert.Contains("DirectLine:Secret", failure.GetBaseException().Message, StringComparison.Ordinal);
    }

    private static EcomBotApp App(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? []) { ["DirectLine:Secret"] = Secret };
        return new EcomBotApp(settings: all, onKestrel: true);
    }

    /// <summary>Posts the text with the conversation's token and returns the bot's replies to it, joined.</summary>
    private static async Task<string> SayAsync(DirectLineClient client, DirectLineClient.Conversation conversation, string text)
    {
        var before = (await client.BotTextsAsync(conversation)).Count;
        using var posted = await client.PostTextAsync(conversation.Id, conversation.Token, text);
        posted.EnsureSuccessStatusCode();
        return string.Join("\n", (await client.BotTextsAsync(conversation)).Skip(before));
    }
}
