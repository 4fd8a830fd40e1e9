using EcomBot.Bot.BotFramework.InProcess;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace EcomBot.Bot.Tests.BotFramework;

public sealed class InProcessAdapterTests
{
    [Fact]
    public async Task ATurnReturnsEverythingTheBotSentInOrder()
    {
        var replies = await new InProcessAdapter().RunTurnAsync(
            new EchoBot(), InProcessAdapter.Message("c1", "u1", "hello"), CancellationToken.None);

        Assert.Equal(["you said: hello", "anything else?"], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task JoiningIsAConversationUpdateThatAddsTheCustomer()
    {
        var replies = await new InProcessAdapter().RunTurnAsync(
            new EchoBot(), InProcessAdapter.Joined("c1", "u1"), CancellationToken.None);

        Assert.Equal(["welcome u1"], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task ABotFailureReachesTheCallerInsteadOfAnEmptyAnswer()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => new InProcessAdapter().RunTurnAsync(
            new EchoBot(), InProcessAdapter.Message("c1", "u1", "fail"), CancellationToken.None));

        Assert.Equal("flow bug", failure.Message);
    }

    private sealed class EchoBot : ActivityHandler
    {
        protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            if (turnContext.Activity.Text == "fail")
            {
                throw new InvalidOperationException("flow bug");
            }
            await turnContext.SendActivityAsync($"you said: {turnContext.Activity.Text}", cancellationToken: cancellationToken);
            await turnContext.SendActivityAsync("anything else?", cancellationToken: cancellationToken);
        }

        protected override Task OnMembersAddedAsync(
            IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync($"welcome {membersAdded[0].Id}", cancellationToken: cancellationToken);
    }
}
