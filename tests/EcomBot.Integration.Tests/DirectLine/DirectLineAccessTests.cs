using System.Net;
using System.Security.Cryptography;
using EcomBot.Integration.Tests.Hosting;
using Microsoft.Extensions.Options;

namespace EcomBot.Integration.Tests.DirectLine;

/// <summary>Who may get a token and for how long, under different settings.</summary>
public sealed class DirectLineAccessTests
{
    private const string Secret = "test-direct-line-secret-0123456789";
    private static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static Dictionary<string, string?> ProductionSettings(bool? anonymousTokens = null) => new()
    {
        ["Bot:AllowUnauthenticated"] = "true",
        ["DirectLine:Secret"] = Secret,
        ["DirectLine:TokenSigningKey"] = SigningKey,
        ["DirectLine:AllowAnonymousTokens"] = anonymousTokens?.ToString(),
    };

    [Fact]
    public async Task AnExpiredTokenIsRefused()
    {
        var clock = new AdjustableClock();
        using var app = new EcomBotApp(settings: new Dictionary<string, string?> { ["DirectLine:TokenLifetimeMinutes"] = "30" },
            clock: clock, onKestrel: true);
        var client = new DirectLineClient(app.CreateSocketClient());
        var conversation = await client.StartWithNewTokenAsync();

        clock.Advance(TimeSpan.FromMinutes(31));
        using var read = await client.GetActivitiesAsync(conversation.Id, conversation.Token);
        using var refresh = await client.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task ATokenStillWorksJustBeforeItExpires()
    {
        var clock = new AdjustableClock();
        using var app = new EcomBotApp(clock: clock);
        var client = new DirectLineClient(app.CreateClient());
        using var generated = await client.SendAsync(HttpMethod.Post, "tokens/generate", null);
        var token = (await BotJson.ReadAsync(generated))["token"]!.GetValue<string>();

        clock.Advance(TimeSpan.FromMinutes(29));
        using var refresh = await client.SendAsync(HttpMethod.Post, "tokens/refresh", token);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopmentGeneratingATokenNeedsTheSecret()
    {
        using var app = new EcomBotApp("Production", ProductionSettings());
        var client = new DirectLineClient(app.CreateClient());

        using var anonymous = await client.SendAsync(HttpMethod.Post, "tokens/generate", null);
        using var wrongSecret = await client.SendAsync(HttpMethod.Post, "tokens/generate", "not-the-secret");
        using var withSecret = await client.SendAsync(HttpMethod.Post, "tokens/generate", Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("DirectLine:AllowAnonymousTokens", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withSecret.StatusCode);
    }

    [Fact]
    public async Task OnlyTheSecretsHolderChoosesTheUserId()
    {
        using var app = new EcomBotApp("Production", ProductionSettings(anonymousTokens: true));
        var client = new DirectLineClient(app.CreateClient());
        var body = BotJson.Body(new { user = new { id = "customer-42" } });

        using var trusted = await client.SendAsync(HttpMethod.Post, "tokens/generate", Secret, body);
        using var anonymous = await client.SendAsync(HttpMethod.Post, "tokens/generate", null, BotJson.Body(new { user = new { id = "customer-42" } }));

        Assert.Equal("customer-42", UserClaim((await BotJson.ReadAsync(trusted))["token"]!.GetValue<string>()));
        Assert.StartsWith("dl_", UserClaim((await BotJson.ReadAsync(anonymous))["token"]!.GetValue<string>()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideDevelopmentStartUpFailsWithoutATokenSigningKey()
    {
        var failure = Assert.IsType<OptionsValidationException>(await StartUp.FailureAsync(
            "Production", new Dictionary<string, string?> { ["Bot:AllowUnauthenticated"] = "true" }));

        Assert.Contains("DirectLine:TokenSigningKey", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShortSigningKeyFailsStartUpNamingTheKey()
    {
        var failure = Assert.IsType<OptionsValidationException>(await StartUp.FailureAsync(
            "Development", new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = "c2hvcnQ=" }));

        Assert.Contains("DirectLine:TokenSigningKey", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAnAppIdTheBotStillRepliesToSelfHostedConversationsWithoutAzureAd()
    {
        // No Azure AD is reachable from the tests: a reply can only arrive if calls to our own connector skip it.
        using var app = new EcomBotApp(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-password",
        }, onKestrel: true);
        var client = new DirectLineClient(app.CreateSocketClient());
        var conversation = await client.StartWithNewTokenAsync();

        (await client.PostTextAsync(conversation.Id, conversation.Token, "help")).Dispose();
        var texts = await client.BotTextsAsync(conversation);

        Assert.Contains(texts, t => t.Contains("Here is what I can do", StringComparison.Ordinal));
    }

    /// <summary>The <c>user</c> claim, read the way Web Chat reads it: the token's middle part as JSON.</summary>
    private static string UserClaim(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var json = System.Text.Json.JsonDocument.Parse(Convert.FromBase64String(payload));
        return json.RootElement.GetProperty("user").GetString()!;
    }
}
