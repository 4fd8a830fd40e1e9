using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Storage;

namespace EcomBot.Integration.Tests.Profiles;

/// <summary>What every <see cref="IProfileStore"/> must do; run for the in-process store and for Redis.</summary>
public abstract class ProfileStoreContractTests
{
    private static readonly ChannelUser Webchat = new("webchat", "dl_123");

    protected abstract IProfileStore Store { get; }

    [Fact]
    public async Task AProfileNeverWrittenIsNotFound()
    {
        Assert.Null(await Store.GetAsync("nobody"));
        Assert.Null(await Store.FindProfileIdAsync(Webchat));
    }

    [Fact]
    public async Task EveryFieldOfAProfileIsStoredAndReadBack()
    {
        var saved = await Store.UpdateAsync("mia_garcia_4516", profile => SampleProfiles.Fill(profile));

        var read = await Store.GetAsync("mia_garcia_4516");

        Assert.NotNull(read);
        SampleProfiles.AssertSame(SampleProfiles.Complete("mia_garcia_4516"), read);
        SampleProfiles.AssertSame(saved, read);
    }

    [Fact]
    public async Task EachUpdateStartsFromTheStoredProfileAndBumpsTheVersion()
    {
        await Store.UpdateAsync("customer_1", profile => profile.Name = "Ana");

        var second = await Store.UpdateAsync("customer_1", profile => profile.Locale = "pt-BR");

        Assert.Equal(("Ana", "pt-BR", 2L), (second.Name, second.Locale, second.Version));
    }

    [Fact]
    public async Task ChangingTheCopyReturnedDoesNotChangeTheStoredProfile()
    {
        var copy = await Store.UpdateAsync("customer_1", profile => profile.Name = "Ana");
        copy.Name = "Someone else";

        Assert.Equal("Ana", (await Store.GetAsync("customer_1"))!.Name);
    }

    [Fact]
    public async Task LinkedChannelUsersAreFoundThroughTheIndexUntilUnlinked()
    {
        await Store.UpdateAsync("customer_1", profile => profile.ChannelUsers.Add(Webchat));
        Assert.Equal("customer_1", await Store.FindProfileIdAsync(Webchat));

        await Store.UpdateAsync("customer_1", profile => profile.ChannelUsers.Remove(Webchat));

        Assert.Null(await Store.FindProfileIdAsync(Webchat));
    }

    [Fact]
    public async Task DeletingRemovesTheProfileAndItsIndexEntries()
    {
        await Store.UpdateAsync("customer_1", profile => profile.ChannelUsers.Add(Webchat));

        Assert.True(await Store.DeleteAsync("customer_1"));

        Assert.Null(await Store.GetAsync("customer_1"));
        Assert.Null(await Store.FindProfileIdAsync(Webchat));
        Assert.False(await Store.DeleteAsync("customer_1"));
    }

    [Fact]
    public async Task DeletingAProfileLeavesAnIndexEntryThatMovedToAnotherProfile()
    {
        await Store.UpdateAsync("~webchat:dl_123", profile => profile.ChannelUsers.Add(Webchat));
        await Store.UpdateAsync("customer_1", profile => profile.ChannelUsers.Add(Webchat));

        await Store.DeleteAsync("~webchat:dl_123");

        Assert.Equal("customer_1", await Store.FindProfileIdAsync(Webchat));
    }

    [Fact]
    public async Task ConcurrentUpdatesOfOneProfileAreAllKept()
    {
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            Store.UpdateAsync("customer_1", profile => profile.Orders[$"#W{i}"] = SampleProfiles.Now))));

        var profile = await Store.GetAsync("customer_1");

        Assert.Equal(10, profile!.Orders.Count);
        Assert.Equal(10, profile.Version);
    }
}
