using EcomBot.TestSupport;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Support.Account;
using EcomBot.Bot.Conversation.Support.Feedback;
using EcomBot.Bot.Conversation.Support.Invoices;
using EcomBot.Bot.Conversation.Support.Newsletter;

namespace EcomBot.Bot.Tests.Support.CustomerService;

/// <summary>The real router with the account, invoice, newsletter and feedback flows over a fresh demo store, a fixed
/// classifier (so the tests exercise the flows, not the model) and a profile signal sink that keeps what was recorded.</summary>
internal sealed class CustomerServiceHarness
{
    private readonly TestApp _app;
    private readonly ConversationRouter _router;

    public CustomerServiceHarness(Dictionary<string, (string, double)> intents)
    {
        _app = TestApp.Create(signals: Signals);
        _router = _app.RouterWith(
            FakeIntentClassifier.Fixed(intents),
            [_app.Flow<AccountQuestionsFlow>(), _app.Flow<DeleteAccountFlow>(), _app.Flow<DefaultAddressFlow>(),
                _app.Flow<InvoiceFlow>(), _app.Flow<NewsletterFlow>(), _app.Flow<ComplaintFlow>(), _app.Flow<ReviewFlow>()]);
    }

    public ICommerceStore Store => _app.Store;

    public RecordedSignals Signals { get; } = new();

    public ConversationData Conversation { get; } = new();

    public async Task<string> Say(string text)
    {
        var replies = await _router.RouteAsync(new CustomerMessage(text, "webchat", "u1", "c1"), Conversation, CancellationToken.None);
        return string.Join(" | ", replies.Select(r => r.Text));
    }
}
