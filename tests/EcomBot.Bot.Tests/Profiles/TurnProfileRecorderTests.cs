using EcomBot.TestSupport;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.Tests.BotFramework;

namespace EcomBot.Bot.Tests.Profiles;

public sealed class TurnProfileRecorderTests
{
    private static readonly CustomerMessage Message = new("hello", "webchat", "dl_42", "conv-7");

    [Fact]
    public void TheTurnThatIdentifiesTheCustomerLinksTheChannelUserAndRecordsAsTheCustomer()
    {
        var signals = new RecordedSignals();
        new TurnProfileRecorder(signals).Record(Message, customerBefore: null, customerAfter: "ivan_santos_6635", replies: 1);

        var identified = Assert.Single(signals.All.OfType<CustomerIdentified>());
        Assert.Equal("dl_42", identified.User.UserId);
        Assert.Equal("ivan_santos_6635", identified.CustomerId);
        Assert.All(signals.All.OfType<MessageExchanged>(), s => Assert.Equal("ivan_santos_6635", s.Subject.CustomerId));
    }

    [Fact]
    public void AnAlreadyIdentifiedCustomerIsNotLinkedAgain()
    {
        var signals = new RecordedSignals();
        new TurnProfileRecorder(signals).Record(Message, "ivan_santos_6635", "ivan_santos_6635", replies: 0);

        Assert.Empty(signals.All.OfType<CustomerIdentified>());
        Assert.Equal(ContactDirection.Inbound, Assert.Single(signals.All.OfType<MessageExchanged>()).Direction);
    }

    [Fact]
    public void AMessageWithoutAChannelUserRecordsNothing()
    {
        var signals = new RecordedSignals();
        new TurnProfileRecorder(signals).Record(Message with { ChannelUserId = "" }, null, null, replies: 1);

        Assert.Empty(signals.All);
    }
}
