using EcomBot.TestSupport;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Signals;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Bot.Tests.Support.Journeys;

public sealed class NewsletterJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Fact]
    public async Task SubscribingRecordsMarketingConsentOnTheChannelUsersProfileAndSaysHowToStop()
    {
        var answer = await _bot.SayTextAsync("subscribe me to your newsletter");

        Assert.Contains("You're subscribed", answer, StringComparison.Ordinal);
        Assert.Contains("reply STOP", answer, StringComparison.Ordinal);
        Assert.True((await ConsentAsync())?.Granted);
    }

    [Fact]
    public async Task StopAfterSubscribingWithdrawsTheConsent()
    {
        await _bot.SayTextAsync("subscribe me to your newsletter");
        Assert.True((await ConsentAsync())?.Granted);

        var answer = await _bot.SayTextAsync("STOP");

        Assert.Contains("You're unsubscribed", answer, StringComparison.Ordinal);
        Assert.False((await ConsentAsync())?.Granted);
    }

    [Theory]
    [InlineData("this is taking forever, I'm so annoyed!!!")]
    [InlineData("ugh, enough already")]
    public async Task AnAngryMessageWithoutWordsOfStoppingDoesNotUnsubscribe(string angry)
    {
        await _bot.SayTextAsync("subscribe me to your newsletter");

        var answer = await _bot.SayTextAsync(angry);

        Assert.DoesNotContain("unsubscribed", answer, StringComparison.Ordinal);
        Assert.True((await ConsentAsync())?.Granted);
    }

    [Fact]
    public async Task SigningUpForEmailsIsASubscriptionNotAStop()
    {
        Assert.Contains("You're subscribed", await _bot.SayTextAsync("I want to sign up for your emails"), StringComparison.Ordinal);
        Assert.True((await ConsentAsync())?.Granted);
    }

    [Fact]
    public async Task AnIdentifiedCustomersConsentIsKeptOnTheirOwnProfile()
    {
        await _bot.SayTextAsync("where is my order #W6893533?");
        await _bot.SayTextAsync("ivan.santos3158@example.com");

        await _bot.SayTextAsync("subscribe me to your newsletter");

        await ApplyRecordedSignalsAsync();
        var profile = await _bot.Services.GetRequiredService<ProfileReader>().GetAsync("ivan_santos_6635");
        Assert.True(profile?.Profile.MarketingConsent[Microsoft.Bot.Connector.Channels.Test].Granted);
    }

    /// <summary>The consent on the profile of the test adapter's channel user, once the recorded signals are applied.</summary>
    private async Task<MarketingConsent?> ConsentAsync()
    {
        await ApplyRecordedSignalsAsync();
        var user = new ChannelUser(Microsoft.Bot.Connector.Channels.Test, _bot.ChannelUserId);
        var profile = await _bot.Services.GetRequiredService<ProfileReader>().FindAsync(user);
        return profile?.Profile.MarketingConsent.GetValueOrDefault(Microsoft.Bot.Connector.Channels.Test);
    }

    /// <summary>Applies what the turns recorded, as the background worker would (the test host does not run it).</summary>
    private async Task ApplyRecordedSignalsAsync()
    {
        var queue = _bot.Services.GetRequiredService<ProfileSignalBuffer>();
        var applier = _bot.Services.GetRequiredService<ProfileSignalApplier>();
        while (queue.Reader.TryRead(out var pending))
        {
            await applier.ApplyAsync(pending, CancellationToken.None);
        }
    }

    public void Dispose() => _bot.Dispose();
}
