using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Integration.Tests.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Integration.Tests.Profiles;

/// <summary>The profile API over HTTP with the in-process store: the admin key, and reading a profile with its stage.</summary>
public sealed class ProfileApiTests
{
    internal const string AdminKey = "test-admin-key-0123456789";

    [Theory]
    [InlineData("GET", "/api/profiles/customer_1")]
    [InlineData("GET", "/api/profiles/customer_1/export")]
    [InlineData("DELETE", "/api/profiles/customer_1")]
    public async Task WithoutAConfiguredAdminKeyTheEndpointsDoNotExist(string method, string path)
    {
        await using var app = new RedisBotApplication(new Dictionary<string, string?>());
        using var client = app.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Headers = { { "X-Admin-Key", "" } } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("test-admin-key-012345678")]
    [InlineData("test-admin-key-0123456789x")]
    public async Task AMissingOrWrongAdminKeyIsRefused(string? key)
    {
        await using var app = new RedisBotApplication(new Dictionary<string, string?> { ["Profiles:AdminApiKey"] = AdminKey });
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/profiles/customer_1");
        if (key is not null)
        {
            request.Headers.Add("X-Admin-Key", key);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheProfileIsReadWithItsLifecycleStageAndInterests()
    {
        await using var app = new RedisBotApplication(new Dictionary<string, string?> { ["Profiles:AdminApiKey"] = AdminKey });
        var customer = ProfileSubject.Customer("customer_1");
        var signals = app.Services.GetRequiredService<IProfileSignals>();
        signals.Record(new DetailsProvided(customer, Name: "Ana Silva", Locale: "pt-BR"));
        signals.Record(new OrderPlaced(customer, "#W1", [new OrderedProduct("Hiking Boots", new Dictionary<string, string> { ["color"] = "black" })]));
        await Eventually.SignalsSettledAsync(app.Services.GetRequiredService<ProfileSignalMetrics>(), atLeast: 2);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", AdminKey);

        var profile = await client.GetFromJsonAsync<JsonObject>("/api/profiles/customer_1");
        using var unknown = await client.GetAsync("/api/profiles/nobody");

        Assert.Equal(("Ana Silva", "New"), ((string?)profile!["name"], (string?)profile["lifecycleStage"]));
        Assert.Equal("Hiking Boots", (string?)profile["productTypeInterests"]![0]!["key"]);
        Assert.Equal("color=black", (string?)profile["optionPreferences"]![0]!["key"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
