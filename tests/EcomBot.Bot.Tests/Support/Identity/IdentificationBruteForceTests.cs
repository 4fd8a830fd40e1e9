using EcomBot.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace EcomBot.Bot.Tests.Support.Identity;

/// <summary>
/// The attack of issue 8: guessing the zip code of a known name until the bot identifies the customer and shows their
/// orders. Isabella Sanchez (zip 85093, isabella.sanchez6218@example.com) is a demo store customer. Every guess the bot
/// actually checked and did not find is answered "couldn't find an account" (or "still can't find"); a guess refused
/// by back-off or lock-out is never checked. The clock is fake, so an attacker who waits is a test that advances it.
/// </summary>
public sealed class IdentificationBruteForceTests : IDisposable
{
    private const string RightDetails = "Isabella Sanchez 85093";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero));
    private readonly SupportJourneyBot _bot;

    public IdentificationBruteForceTests() => _bot = new SupportJourneyBot(clock: _clock);

    private static IEnumerable<string> WrongGuesses(int count) =>
        Enumerable.Range(85100, count).Select(zip => $"Isabella Sanchez {zip}");

    private static bool WasCheckedAndNotFound(string reply) =>
        reply.Contains("couldn't find an account", StringComparison.Ordinal) || reply.Contains("still can't find", StringComparison.Ordinal);

    [Fact]
    public async Task HundredsOfZipGuessesInOneConversationAreMostlyNeverCheckedAndTheRightOneDoesNotGetIn()
    {
        var checkedGuesses = 0;
        foreach (var guess in WrongGuesses(300))
        {
            checkedGuesses += WasCheckedAndNotFound(await _bot.SayTextAsync(guess)) ? 1 : 0;
        }

        var last = await _bot.SayTextAsync(RightDetails);

        Assert.InRange(checkedGuesses, 1, 5);
        Assert.DoesNotContain("found your account", last, StringComparison.Ordinal);
        Assert.Null((await _bot.ConversationAsync()).CustomerId);
    }

    [Fact]
    public async Task AnAttackerWhoWaitsAMinuteBetweenGuessesFromNewConversationsAndUsersIsHeldBackByTheNameTheyClaim()
    {
        var checkedGuesses = 0;
        var attempt = 0;
        foreach (var guess in WrongGuesses(300))
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            attempt++;
            checkedGuesses += WasCheckedAndNotFound(await _bot.SayTextAsync($"attack-{attempt}", $"attacker-{attempt}", guess)) ? 1 : 0;
        }

        var last = await _bot.SayTextAsync("attack-last", "attacker-last", RightDetails);

        // Ten failures lock the name for an hour; five hours of guessing then allow about one more an hour.
        Assert.InRange(checkedGuesses, 10, 16);
        Assert.DoesNotContain("found your account", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneChannelUserGuessingManyNamesAcrossConversationsIsHeldBackAsThatUser()
    {
        var checkedGuesses = 0;
        for (var attempt = 1; attempt <= 120; attempt++)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            var madeUpName = $"Isabella S{(char)('a' + attempt / 26 % 26)}{(char)('a' + attempt % 26)}nchez";
            checkedGuesses += WasCheckedAndNotFound(await _bot.SayTextAsync($"names-{attempt}", "one-attacker", $"{madeUpName} 85093")) ? 1 : 0;
        }

        var last = await _bot.SayTextAsync("names-last", "one-attacker", RightDetails);

        Assert.InRange(checkedGuesses, 10, 13);
        Assert.DoesNotContain("found your account", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAFewWrongGuessesTheCustomerIsAskedToWaitAndToldHowLong()
    {
        foreach (var guess in WrongGuesses(3))
        {
            await _bot.SayTextAsync(guess);
        }

        var wait = await _bot.SayTextAsync("Isabella Sanchez 85000");
        _clock.Advance(TimeSpan.FromSeconds(30));
        var afterWaiting = await _bot.SayTextAsync("Isabella Sanchez 85001");

        Assert.Contains("Please wait 30 seconds before trying again", wait, StringComparison.Ordinal);
        Assert.DoesNotContain("couldn't find", wait, StringComparison.Ordinal);
        Assert.True(WasCheckedAndNotFound(afterWaiting), afterWaiting);
    }

    [Fact]
    public async Task ALockedOutConversationIsToldHowToReachAPersonAndYesHandsItOver()
    {
        foreach (var guess in WrongGuesses(5))
        {
            await _bot.SayTextAsync(guess);
            _clock.Advance(TimeSpan.FromMinutes(5));
        }

        var locked = await _bot.SayTextAsync(RightDetails);
        var handedOver = await _bot.SayTextAsync("yes");

        Assert.Contains("paused", locked, StringComparison.Ordinal);
        Assert.Contains("talk to a person", locked, StringComparison.Ordinal);
        Assert.Contains("passed our conversation to our support team", handedOver, StringComparison.Ordinal);
        Assert.Single(_bot.SupportDesk.Handoffs);
        Assert.Null((await _bot.ConversationAsync()).CustomerId);
    }

    [Fact]
    public async Task AWrongEmailAndAWrongNameAndZipGetTheSameAnswer()
    {
        var wrongEmail = await _bot.SayTextAsync("c1", "u1", "my email is isabella.sanchez0000@example.com");
        var wrongZip = await _bot.SayTextAsync("c2", "u2", "Isabella Sanchez 85000");

        Assert.Equal(wrongEmail, wrongZip);
    }

    [Fact]
    public async Task AnEmailThatIsOnAnAccountIsNotAnsweredWithTheCustomersName()
    {
        var found = await _bot.SayTextAsync("my email is isabella.sanchez6218@example.com");

        Assert.Contains("I found your account", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Isabella", found, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
