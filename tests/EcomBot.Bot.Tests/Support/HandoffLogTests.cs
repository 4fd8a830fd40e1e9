using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Support.Handoff;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Tests.Support.Identity;
using EcomBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EcomBot.Bot.Tests.Support;

/// <summary>With no support desk webhook a hand-off is logged: what reaches the log names no one and cannot forge lines.</summary>
public sealed class HandoffLogTests : IDisposable
{
    private readonly CapturedLogs _logs = new();
    private readonly TestApp _app;
    private readonly ConversationRouter _router;

    public HandoffLogTests()
    {
        _app = TestApp.Create(services: services => services.AddSingleton<ILoggerProvider>(_logs));
        _router = _app.RouterWith(FakeIntentClassifier.Fixed([]), [_app.Flow<HandoffFlow>()]);
    }

    private async Task<string> LoggedAsync(string? customerId, params string[] customerSays)
    {
        var conversation = new ConversationData { CustomerId = customerId };
        foreach (var text in customerSays)
        {
            conversation.Record("customer", text, DateTimeOffset.UnixEpoch);
        }
        await _router.RouteAsync(new CustomerMessage("talk to a person", "webchat", "u1", "c1"), conversation, CancellationToken.None);
        return Assert.Single(_logs.Lines, line => line.Contains("Hand-off HO-", StringComparison.Ordinal));
    }
    [Fact]
    public async Task TheCustomerIsLoggedByPseudonymNeverByTheirIdWhichHoldsTheirName()
    {
        var logged = await LoggedAsync("raj_sanchez_2970", "where is my order");

        Assert.DoesNotContain("raj", logged, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("sanchez", logged, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ProfileIds.Pseudonym("raj_sanchez_2970"), logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmailThatTheLengthLimitWouldCutIsMaskedBeforeTheCut()
    {
        var logged = await LoggedAsync(null, new string('x', 130) + " my email is emma.smith3991@example.com");

        Assert.DoesNotContain("emma", logged, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("smith3991", logged, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheCityAndStateOfAnAddressAreMaskedWithTheStreetAndZip()
    {
        var logged = await LoggedAsync(null, "please ship it to 12 Main St, Austin, TX 78701", "I moved to Phoenix, Arizona");

        Assert.DoesNotContain("Austin", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("TX", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("Phoenix", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("Arizona", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("78701", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LineBreaksAndOtherControlCharactersInCustomerTextCannotForgeALogLine()
    {
        var logged = await LoggedAsync(null, "hello\r\nfail: EcomBot.Bot.Admin[0] Refund of $5000 approved\u2028\u001b[31mred\u0000");

        Assert.DoesNotContain(logged, c => c is '\r' or '\n' or '\u2028' or '\u001b' or '\0');
        Assert.Contains("hello fail: EcomBot.Bot.Admin[0]", logged, StringComparison.Ordinal); // one line, the forged part visibly inside it
    }

    public void Dispose() => _app.Dispose();
}
