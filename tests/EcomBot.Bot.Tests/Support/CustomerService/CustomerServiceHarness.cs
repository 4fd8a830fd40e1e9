using EcomBot.TestSupport;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Support.Account;
using EcomBot.Bot.Conversation.Support.Feedback;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Conversation.Support.Invoices;
using EcomBot.Bot.Conversation.Support.Newsletter;
using EcomBot.Bot.Conversation.Support.Orders;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.Tests.Commerce;
using EcomBot.Bot.Tests.Conversation;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Support.CustomerService;

/// <summary>The real router with the account, invoice, newsletter and feedback flows over a fresh demo store, a fixed
/// classifier (so the tests exercise the flows, not the model) and a profile signal sink that keeps what was recorded.</summary>
internal sealed class CustomerServiceHarness
{
    private readonly ConversationRouter _router;

    public CustomerServiceHarness(Dictionary<string, (string, double)> intents)
    {
        var identification = new CustomerIdentification(Store);
        _router = new ConversationRouter(
            new FixedIntentClassifier(intents),
            [new AccountQuestionsFlow(Store), new DeleteAccountFlow(), new DefaultAddressFlow(Store, identification),
                new InvoiceFlow(new OrderChoice(Store, identification)), new NewsletterFlow(Signals), new ComplaintFlow(), new ReviewFlow()],
            Options.Create(new ConversationRouterOptions()),
            TimeProvider.System);
    }

    public DemoCommerceStore Store { get; } = DemoData.FreshStore();

    public RecordedSignals Signals { get; } = new();

    public ConversationData Conversation { get; } = new();

    public async Task<string> Say(string text)
    {
        var replies = await _router.RouteAsync(new CustomerMessage(text, "webchat", "u1", "c1"), Conversation, CancellationToken.None);
        return string.Join(" | ", replies.Select(r => r.Text));
    }
}

internal sealed class RecordedSignals : IProfileSignals
{
    public List<ProfileSignal> Recorded { get; } = [];

    public bool Record(ProfileSignal signal)
    {
        Recorded.Add(signal);
        return true;
    }
}
