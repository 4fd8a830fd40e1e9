using EcomBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace EcomBot.Bot.Tests.Support.Identity;

/// <summary>
/// Identity:Mode VerifiedEmail: only a one-time code emailed to the account's address identifies. The codes are read
/// from the pickup folder (Development, as a developer reads them). Isabella Sanchez (isabella.sanchez6218@example.com,
/// zip 85093) has pending #W4386313, delivered #W1713682 and cancelled #W4277243.
/// </summary>
public sealed class VerifiedEmailJourneyTests : IDisposable
{
    private const string Email = "isabella.sanchez6218@example.com";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero));
    private readonly PickupMailbox _mailbox = new();
    private readonly CapturedLogs _logs = new();
    private readonly SupportJourneyBot _bot;

    public VerifiedEmailJourneyTests() => _bot = new SupportJourneyBot(
        new Dictionary<string, string?> { ["Identity:Mode"] = "VerifiedEmail", ["Email:PickupDirectory"] = _mailbox.Directory },
        _clock,
        environment: "Development",
        configure: services => services.AddSingleton<ILoggerProvider>(_logs));

    [Fact]
    public async Task ACustomerWhoTypesTheCodeEmailedToTheirAddressSeesTheirOrders()
    {
        var asked = await _bot.SayTextAsync("where is my order");
        var sent = await _bot.SayTextAsync(Email);
        var code = await _mailbox.NextCodeAsync(Email);

        var verified = await _bot.SayAsync($"the code is {code}");

        Assert.Contains("I'll email you a one-time code", asked, StringComparison.Ordinal);
        Assert.Contains("If that email address is on an account, I've just sent it a 6-digit code", sent, StringComparison.Ordinal);
        Assert.Contains("valid for 10 minutes", Assert.Single(await _mailbox.WaitForAsync(Email, 1)), StringComparison.Ordinal);
        Assert.Equal("Thanks, that's the right code: you're verified.", verified[0].Text);
        Assert.Equal(["#W4386313 (pending)", "#W1713682 (delivered)", "#W4277243 (cancelled)"], SupportJourneyBot.Choices(verified));
        Assert.Equal("isabella_sanchez_2068", (await _bot.ConversationAsync()).CustomerId);
    }

    [Fact]
    public async Task SayingWhoTheyAreFirstSendsACodeAndTheCodeThenIdentifiesThem()
    {
        await _bot.SayTextAsync($"my email is {Email}");

        var verified = await _bot.SayTextAsync(await _mailbox.NextCodeAsync(Email));

        Assert.StartsWith("Thanks, that's the right code", verified, StringComparison.Ordinal);
        Assert.Contains("What would you like to do?", verified, StringComparison.Ordinal);
        Assert.Equal("isabella_sanchez_2068", (await _bot.ConversationAsync()).CustomerId);
    }

    [Fact]
    public async Task AnEmailOnNoAccountGetsTheSameAnswerAndNoEmailIsWritten()
    {
        var known = await _bot.SayTextAsync("c-known", "u-known", $"my email is {Email}");
        var unknown = await _bot.SayTextAsync("c-unknown", "u-unknown", "my email is isabella.sanchez0000@example.com");
        var guessed = await _bot.SayTextAsync("c-unknown", "u-unknown", "123456");

        Assert.Equal(known, unknown);
        Assert.Empty(_mailbox.To("isabella.sanchez0000@example.com"));
        Assert.Contains("That code isn't right", guessed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANameAndZipAloneDoNotIdentify()
    {
        var reply = await _bot.SayTextAsync("Isabella Sanchez 85093");

        Assert.Contains("I need the email address on your account", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("found your account", reply, StringComparison.Ordinal);
        Assert.Null((await _bot.ConversationAsync()).CustomerId);
    }

    [Fact]
    public async Task ACodeTypedAfterItExpiredIsRefusedAndANewOneWorks()
    {
        await _bot.SayTextAsync("where is my order");
        await _bot.SayTextAsync(Email);
        var stale = await _mailbox.NextCodeAsync(Email);
        _clock.Advance(TimeSpan.FromMinutes(10));

        var expired = await _bot.SayTextAsync(stale);
        await _bot.SayTextAsync(Email);
        var verified = await _bot.SayTextAsync(await _mailbox.NextCodeAsync(Email));

        Assert.Equal("That code has expired. Give me your email address again and I'll send you a new one.", expired);
        Assert.StartsWith("Thanks, that's the right code", verified, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongCodesCancelTheCodeAndTheRightOneThenNoLongerIdentifies()
    {
        await _bot.SayTextAsync("where is my order");
        await _bot.SayTextAsync(Email);
        var right = await _mailbox.NextCodeAsync(Email);
        var wrong = right == "000000" ? "111111" : "000000";
        var replies = new List<string>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            replies.Add(await _bot.SayTextAsync(wrong));
            _clock.Advance(TimeSpan.FromMinutes(1)); // past every back-off: only the code's own limit applies
        }

        var afterwards = await _bot.SayTextAsync(right);

        Assert.Contains("(4 tries left)", replies[0], StringComparison.Ordinal);
        Assert.Contains("(1 try left)", replies[3], StringComparison.Ordinal);
        Assert.Contains("I've cancelled it", replies[4], StringComparison.Ordinal);
        Assert.Contains("talk to a person", replies[4], StringComparison.Ordinal);
        Assert.DoesNotContain("right code", afterwards, StringComparison.Ordinal);
        Assert.Null((await _bot.ConversationAsync()).CustomerId);
    }

    [Fact]
    public async Task AStrangerTypingWrongCodesForTheCustomersEmailDoesNotStopTheCustomersOwnCode()
    {
        await _bot.SayTextAsync("c-customer", "u-customer", $"my email is {Email}");
        var customersCode = await _mailbox.NextCodeAsync(Email);
        await _bot.SayTextAsync("c-stranger", "u-stranger", $"my email is {Email}");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await _bot.SayTextAsync("c-stranger", "u-stranger", customersCode == "000000" ? "111111" : "000000");
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        var verified = await _bot.SayTextAsync("c-customer", "u-customer", customersCode);

        Assert.StartsWith("Thanks, that's the right code", verified, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneAddressGetsAtMostFiveCodesAnHourWhoeverAsks()
    {
        var answers = new List<string>();
        for (var asker = 0; asker < 6; asker++)
        {
            answers.Add(await _bot.SayTextAsync($"c-{asker}", $"u-{asker}", $"my email is {Email}"));
        }

        Assert.Equal(5, (await _mailbox.WaitForAsync(Email, 5)).Count);
        Assert.Contains("I can't send another code to that address right now", answers[5], StringComparison.Ordinal);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Contains("I've just sent it", await _bot.SayTextAsync("c-later", "u-later", $"my email is {Email}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCodeIsEverWrittenToTheLog()
    {
        await _bot.SayTextAsync("where is my order");
        await _bot.SayTextAsync(Email);
        var first = await _mailbox.NextCodeAsync(Email);
        await _bot.SayTextAsync("999999");
        _clock.Advance(TimeSpan.FromMinutes(11));
        await _bot.SayTextAsync(first);
        await _bot.SayTextAsync(Email);
        var second = await _mailbox.NextCodeAsync(Email);
        await _bot.SayTextAsync(second);

        Assert.Equal("isabella_sanchez_2068", (await _bot.ConversationAsync()).CustomerId);
        Assert.Contains(_logs.Lines, line => line.Contains("verified by an emailed code", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(first, StringComparison.Ordinal) || line.Contains(second, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _bot.Dispose();
        _mailbox.Dispose();
    }
}
