using EcomBot.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace EcomBot.Bot.Tests.Support.Identity;

/// <summary>
/// A stranger's guesses lock a name (Identity:Mode EmailOrNameZip, the default); the real customer is not locked out of
/// every door. Isabella Sanchez (isabella.sanchez6218@example.com, zip 85093) is a demo store customer.
/// </summary>
public sealed class LockedOutCustomerJourneyTests : IDisposable
{
    private const string Email = "isabella.sanchez6218@example.com";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero));
    private readonly PickupMailbox _mailbox = new();

    private SupportJourneyBot? _bot;

    private SupportJourneyBot Bot(string environment) => _bot ??= new SupportJourneyBot(
        new Dictionary<string, string?> { ["Email:PickupDirectory"] = _mailbox.Directory }, _clock, environment);

    /// <summary>Ten wrong zip codes for the name, each from a new conversation and channel user, waiting out each back-off.</summary>
    private async Task StrangerLocksTheNameAsync(SupportJourneyBot bot)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if (attempt > 0)
            {
                _clock.Advance(TimeSpan.FromMinutes(16));
            }
            Assert.Contains("couldn't find an account",
                await bot.SayTextAsync($"stranger-{attempt}", $"stranger-{attempt}", $"Isabella Sanchez {85100 + attempt}"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheCustomerWhoseNameAStrangerLockedGetsInWithACodeEmailedToTheirAddress()
    {
        var bot = Bot("Development");
        await StrangerLocksTheNameAsync(bot);

        await bot.SayTextAsync("where is my order");
        var heldBack = await bot.SayTextAsync("Isabella Sanchez 85093");
        var sent = await bot.SayTextAsync(Email);
        var verified = await bot.SayTextAsync(await _mailbox.NextCodeAsync(Email));

        Assert.Contains("too many unsuccessful tries with them", heldBack, StringComparison.Ordinal);
        Assert.Contains("tell me the email address on it and I'll email you a one-time code", heldBack, StringComparison.Ordinal);
        Assert.Contains("talk to a person", heldBack, StringComparison.Ordinal);
        Assert.Contains("I've just sent it a 6-digit code", sent, StringComparison.Ordinal);
        Assert.Contains("Thanks, that's the right code: you're verified.", verified, StringComparison.Ordinal);
        Assert.Contains("Which order would you like to check?", verified, StringComparison.Ordinal);
        Assert.Equal("isabella_sanchez_2068", (await bot.ConversationAsync()).CustomerId);
    }

    [Fact]
    public async Task WhereNoCodeCanBeEmailedTheHeldBackCustomerIsToldWhenToTryAgainAndThatAPersonCanHelp()
    {
        var bot = Bot("Production"); // the pickup folder reaches nobody in production, so no code is offered
        await StrangerLocksTheNameAsync(bot);

        var heldBack = await bot.SayTextAsync("Isabella Sanchez 85093");
        var handedOver = await bot.SayTextAsync("yes");

        Assert.Contains("You can try again in 60 minutes", heldBack, StringComparison.Ordinal);
        Assert.DoesNotContain("one-time code", heldBack, StringComparison.Ordinal);
        Assert.Contains("passed our conversation to our support team", handedOver, StringComparison.Ordinal);
        Assert.Single(bot.SupportDesk.Handoffs);
    }

    public void Dispose()
    {
        _bot?.Dispose();
        _mailbox.Dispose();
    }
}
