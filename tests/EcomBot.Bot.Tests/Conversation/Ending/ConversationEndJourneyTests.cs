using EcomBot.Bot.Conversation.Ending;
using EcomBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EcomBot.Bot.Tests.Conversation.Ending;

// Demo store customers (shipped db.json): Raj Sanchez (raj.sanchez2046@example.com) has delivered #W7736708;
// Mia Moore (mia.moore8091@example.com) has delivered #W5544629.
/// <summary>Conversations ending through the whole bot (activity handler, router, trained intent model, flows).</summary>
public sealed class ConversationEndJourneyTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly RecordedConversationEnds _ends = new();
    private readonly SupportJourneyBot _bot;

    public ConversationEndJourneyTests() =>
        _bot = new SupportJourneyBot(clock: _clock, configure: services => services.AddSingleton<IConversationEndListener>(_ends));

    private Task<int> SweepAsync() => _bot.Services.GetRequiredService<IdleConversationSweep>().SweepAsync(CancellationToken.None);

    [Fact]
    public async Task SayingThatIsAllAfterAnAnswerClosesFriendlyAndPublishesAGoodbyeForTheCustomer()
    {
        await _bot.SayTextAsync("where is my order #W7736708?");
        await _bot.SayTextAsync("raj.sanchez2046@example.com");
        _clock.Advance(TimeSpan.FromMinutes(2));

        var reply = await _bot.SayTextAsync("thanks, that's all");

        Assert.Equal(GoodbyeFlow.Farewell, reply);
        var ended = Assert.Single(_ends.All);
        Assert.Equal((ConversationEndReason.Goodbye, "raj_sanchez_2970", Start.AddMinutes(2)), (ended.Reason, ended.CustomerId, ended.At));
        var conversation = await _bot.ConversationAsync();
        Assert.False(conversation.Lifetime.IsOpen);
        Assert.Null(conversation.ActiveFlow);
        Assert.Equal("raj_sanchez_2970", conversation.CustomerId);
        Assert.Contains(conversation.Transcript, line => line.Text == "where is my order #W7736708?");
    }

    [Fact]
    public async Task AGoodbyeInTheMiddleOfAReturnDropsTheReturnAndTheNextMessageStartsFresh()
    {
        await _bot.SayTextAsync("I want to return something from order #W5544629");
        await _bot.SayTextAsync("mia.moore8091@example.com");
        Assert.NotNull((await _bot.ConversationAsync()).ActiveFlow);

        Assert.Equal(GoodbyeFlow.Farewell, await _bot.SayTextAsync("ok bye"));
        var afterGoodbye = await _bot.ConversationAsync();

        Assert.Equal(ConversationEndReason.Goodbye, Assert.Single(_ends.All).Reason);
        Assert.Null(afterGoodbye.ActiveFlow);
        Assert.Null(afterGoodbye.FlowState);
        Assert.Empty(afterGoodbye.OfferedChoices);
        Assert.DoesNotContain(afterGoodbye.Changes.Proposals, p => p.Answer == Bot.Capabilities.Proposals.ProposalAnswer.Awaiting);
    }

    [Fact]
    public async Task AGoodbyeWithNothingBeforeItIsAnsweredButEndsNothing()
    {
        Assert.Equal(GoodbyeFlow.Farewell, await _bot.SayTextAsync("bye"));

        Assert.Empty(_ends.All);
        Assert.Equal(0, await SweepAsync());
    }

    [Fact]
    public async Task AHandOffToAPersonEndsTheConversationOnce()
    {
        await _bot.SayTextAsync("where is my order #W7736708?");
        await _bot.SayTextAsync("raj.sanchez2046@example.com");

        await _bot.SayTextAsync("I want to talk to a person");
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Single(_bot.SupportDesk.Handoffs);
        var ended = Assert.Single(_ends.All);
        Assert.Equal((ConversationEndReason.Handoff, "raj_sanchez_2970"), (ended.Reason, ended.CustomerId));
        Assert.Equal(0, await SweepAsync());
    }

    [Fact]
    public async Task ASilentConversationIsEndedByTheSweepAndItsNextMessageStartsWithoutTheStaleFlow()
    {
        await _bot.SayTextAsync("I want to return something from order #W5544629");
        await _bot.SayTextAsync("mia.moore8091@example.com");
        Assert.NotNull((await _bot.ConversationAsync()).ActiveFlow);

        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(0, await SweepAsync());
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await SweepAsync());
        var ended = Assert.Single(_ends.All);
        Assert.Equal((ConversationEndReason.Idle, "mia_moore_8366", Start.AddMinutes(30)), (ended.Reason, ended.CustomerId, ended.At));

        await _bot.SayTextAsync("hi");

        var conversation = await _bot.ConversationAsync();
        Assert.Null(conversation.ActiveFlow);
        Assert.True(conversation.Lifetime.IsOpen);
        Assert.Equal("mia_moore_8366", conversation.CustomerId);
        Assert.Single(_ends.All);
    }

    [Fact]
    public async Task ACustomerBackAfterTheIdleTimeBeforeAnySweepEndsTheOldConversationOnceAndStartsFresh()
    {
        await _bot.SayTextAsync("I want to return something from order #W5544629");
        await _bot.SayTextAsync("mia.moore8091@example.com");

        _clock.Advance(TimeSpan.FromMinutes(45));
        await _bot.SayTextAsync("hi");

        var ended = Assert.Single(_ends.All);
        Assert.Equal((ConversationEndReason.Idle, Start.AddMinutes(30)), (ended.Reason, ended.At));
        Assert.Null((await _bot.ConversationAsync()).ActiveFlow);
        Assert.Equal(0, await SweepAsync());
    }

    [Fact]
    public async Task AConversationThatKeepsGoingIsNotEndedByIdleness()
    {
        await _bot.SayTextAsync("I want to return something from order #W5544629");
        _clock.Advance(TimeSpan.FromMinutes(20));
        await _bot.SayTextAsync("mia.moore8091@example.com");
        _clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(0, await SweepAsync());
        Assert.NotNull((await _bot.ConversationAsync()).ActiveFlow);
        Assert.Empty(_ends.All);
    }

    public void Dispose() => _bot.Dispose();
}
