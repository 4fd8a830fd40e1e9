using System.Threading.Channels;
using EcomBot.Bot.BotFramework;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EcomBot.Bot.Tests.BotFramework;

/// <summary>
/// The typing indicator on a clock the test moves: shown on slow turns, repeated, never on fast ones or on turns
/// answered in the HTTP response, and never able to cost the customer the bot's reply.
/// </summary>
public sealed class TypingIndicatorMiddlewareTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _clock = new();
    private readonly RecordingAdapter _adapter = new();
    private readonly TaskCompletionSource _answerReady = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TypingIndicatorMiddleware Middleware => new(Delay, Period, _clock, NullLogger.Instance);

    [Fact]
    public async Task ASlowTurnShowsTypingAfterTheDelayAndRepeatsItUntilTheAnswer()
    {
        var turn = RunTurnAsync(Message());

        _clock.Advance(Delay);
        Assert.Equal(ActivityTypes.Typing, (await NextSentAsync()).Type);
        var second = await AdvanceUntilSentAsync(Period);
        _answerReady.SetResult();
        await turn;

        Assert.Equal(ActivityTypes.Typing, second.Type);
        Assert.Equal("conversation-1", second.Conversation.Id);
        Assert.Equal(ActivityTypes.Message, _adapter.Sent.Last().Type);
    }

    [Fact]
    public async Task AFastTurnShowsNoTyping()
    {
        _answerReady.SetResult();

        await RunTurnAsync(Message());

        Assert.Equal([ActivityTypes.Message], _adapter.Sent.Select(a => a.Type));
    }

    [Fact]
    public async Task ATurnAnsweredInTheHttpResponseShowsNoTypingHoweverSlow()
    {
        var activity = Message();
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var turn = RunTurnAsync(activity);

        _clock.Advance(Delay + Period + Period);
        _answerReady.SetResult();
        var replies = await turn;

        Assert.Empty(_adapter.Sent);
        Assert.Equal([ActivityTypes.Message], replies.Select(a => a.Type));
    }

    [Fact]
    public async Task ATypingIndicatorTheChannelRefusesDoesNotCostTheReply()
    {
        _adapter.RefuseTyping = true;
        var turn = RunTurnAsync(Message());

        _clock.Advance(Delay);
        await _adapter.TypingRefused.Task.WaitAsync(Patience);
        _answerReady.SetResult();
        await turn;

        Assert.Equal([ActivityTypes.Message], _adapter.Sent.Select(a => a.Type));
    }

    /// <summary>Runs one turn through the middleware; returns the replies kept for the HTTP response.</summary>
    private async Task<IReadOnlyList<Activity>> RunTurnAsync(Activity activity)
    {
        using var turnContext = new TurnContext(_adapter, activity);
        await Middleware.OnTurnAsync(turnContext, async cancellationToken =>
        {
            await _answerReady.Task;
            await turnContext.SendActivityAsync("Here is your answer.", cancellationToken: cancellationToken);
        });
        return [.. turnContext.BufferedReplyActivities];
    }

    private Task<Activity> NextSentAsync() => _adapter.Arrivals.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    /// <summary>Moves the clock on until the typing loop, which re-arms its timer after each send, sends again.</summary>
    private async Task<Activity> AdvanceUntilSentAsync(TimeSpan step)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            _clock.Advance(step);
            using var poll = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
            try
            {
                return await _adapter.Arrivals.Reader.ReadAsync(poll.Token);
            }
            catch (OperationCanceledException)
            {
                // Not re-armed yet when the clock moved: move it again.
            }
        }
        throw new TimeoutException("No activity was sent.");
    }

    private static Activity Message() => new(ActivityTypes.Message)
    {
        Text = "where is my order?",
        ChannelId = "test",
        ServiceUrl = "http://localhost/",
        From = new ChannelAccount("customer-1"),
        Recipient = new ChannelAccount("bot"),
        Conversation = new ConversationAccount(id: "conversation-1"),
    };

    private sealed class RecordingAdapter : BotAdapter
    {
        public List<Activity> Sent { get; } = [];

        public Channel<Activity> Arrivals { get; } = Channel.CreateUnbounded<Activity>();

        public bool RefuseTyping { get; set; }

        public TaskCompletionSource TypingRefused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Task<ResourceResponse[]> SendActivitiesAsync(
            ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            foreach (var activity in activities)
            {
                if (RefuseTyping && activity.Type == ActivityTypes.Typing)
                {
                    TypingRefused.TrySetResult();
                    throw new HttpRequestException("The channel refused the typing activity.");
                }
                lock (Sent)
                {
                    Sent.Add(activity);
                }
                Arrivals.Writer.TryWrite(activity);
            }
            return Task.FromResult(activities.Select(_ => new ResourceResponse()).ToArray());
        }

        public override Task<ResourceResponse> UpdateActivityAsync(
            ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task DeleteActivityAsync(
            ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
