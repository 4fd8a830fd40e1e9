using EcomBot.TestSupport;
using System.Text.Json;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Plugins;
using EcomBot.Bot.Tests.Commerce;

namespace EcomBot.Bot.Tests.Plugins;

public sealed class ProfilePluginTests
{
    private readonly DemoCommerceStore _store = DemoData.FreshStore();

    [Fact]
    public async Task TheProfileIsTheAuthenticatedCustomersOwn()
    {
        var plugin = new ProfilePlugin(new CustomerAccount(_store, "yusuf_rossi_9620"));

        using var profile = JsonDocument.Parse(await plugin.GetMyProfileAsync());

        Assert.Equal("yusuf_rossi_9620", profile.RootElement.GetProperty("user_id").GetString());
        Assert.Equal("yusuf.rossi7301@example.com", profile.RootElement.GetProperty("email").GetString());
    }

    [Fact]
    public async Task ChangingTheDefaultAddressChangesOnlyTheCustomersOwnAccount()
    {
        var plugin = new ProfilePlugin(new CustomerAccount(_store, "yusuf_rossi_9620"));
        var othersBefore = await _store.GetUserAsync("sofia_rossi_8776");

        await plugin.ModifyMyDefaultAddressAsync("12 Pine St", "Apt 3", "Boston", "MA", "USA", "02108");

        Assert.Equal("02108", (await _store.GetUserAsync("yusuf_rossi_9620")).Address.Zip);
        Assert.Equal(othersBefore.Address, (await _store.GetUserAsync("sofia_rossi_8776")).Address);
        Assert.Equal("yusuf_rossi_9620", await _store.FindUserIdByNameZipAsync("Yusuf", "Rossi", "02108"));
    }
}
