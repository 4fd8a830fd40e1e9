using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Account;
using EcomBot.Bot.Conversation.Support.Feedback;
using EcomBot.Bot.Conversation.Support.Invoices;
using EcomBot.Bot.Conversation.Support.Newsletter;
using EcomBot.Bot.Conversation.Support.Ordering;
using EcomBot.Bot.Conversation.Support.Payments;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>The intents that are questions about how the store works rather than requests about one order
/// (track_refund is not one: "where is my refund?" asks about the customer's own refunds, see RefundStatusFlow).</summary>
public static class PolicyQuestionIntents
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Intents.PolicyQuestion, Intents.CheckRefundPolicy, "check_cancellation_fee", "delivery_options", "delivery_period",
        "check_payment_methods", "contact_customer_service",
    };

    /// <summary>
    /// Intents whose question-form messages are not rule questions: discovery, cart, hand-off, conversation commands,
    /// and the account, invoice, newsletter, feedback, payment and how-to-order answers have their own flows even when
    /// phrased as a question ("do you have red shoes?", "can I get an invoice?", "how do I place an order?").
    /// </summary>
    public static IReadOnlySet<string> NeverRedirected { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Intents.ProductSearch, Intents.Recommend, Intents.Compare, Intents.ViewCart, Intents.AddToCart, Intents.RemoveFromCart,
        Intents.ContactHumanAgent, Intents.OutreachStop, Intents.Greeting, Intents.Thanks, Intents.Help, Intents.StartOver,
        AccountQuestionsFlow.CreateAccount, AccountQuestionsFlow.RecoverPassword, AccountQuestionsFlow.RegistrationProblems,
        AccountQuestionsFlow.SwitchAccount, DeleteAccountFlow.DeleteAccount, DefaultAddressFlow.EditAccount,
        DefaultAddressFlow.SetUpShippingAddress, InvoiceFlow.CheckInvoice, InvoiceFlow.GetInvoice,
        NewsletterFlow.NewsletterSubscription, ComplaintFlow.Complaint, ReviewFlow.Review, PaymentIssueFlow.PaymentIssue,
        HowToOrderFlow.PlaceOrder,
    };
}
