using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.ChangeStore;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Commerce;

public sealed class CommerceRegistrationTests
{
    [Fact]
    public async Task TheDemoStoreLoadsFromTheShippedDatabaseAndKeepsChangesInProcessByDefault()
    {
        using var host = Build();

        var store = host.Services.GetRequiredService<ICommerceStore>();

        Assert.IsType<InMemoryCommerceChangeStore>(host.Services.GetRequiredService<ICommerceChangeStore>());
        Assert.Equal("yusuf_rossi_9620", await store.FindUserIdByEmailAsync("Yusuf.Rossi7301@example.com"));
    }

    [Fact]
    public void AMissingDatabaseFailsAtStartUpNamingTheSetting()
    {
        using var host = Build(("Commerce:DatabasePath", "/nowhere/db.json"));

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<CommerceOptions>>().Value);

        Assert.Contains("Commerce:DatabasePath", failure.Message);
    }

    [Fact]
    public void WithARedisConnectionStringChangesGoToRedis()
    {
        using var host = Build(("Redis:ConnectionString", "127.0.0.1:1,abortConnect=false"));

        Assert.IsType<RedisCommerceChangeStore>(host.Services.GetRequiredService<ICommerceChangeStore>());
    }

    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddEcomBotCommerce();
        return builder.Build();
    }
}
