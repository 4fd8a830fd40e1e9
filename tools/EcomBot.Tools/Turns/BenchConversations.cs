using EcomBot.Bot.BotFramework.InProcess;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Tools.Turns;

/// <summary>
/// Scripted shopper conversations for <c>bench turns</c>, varied from a seed so that no two conversations say quite
/// the same thing (a turn's costs include embedding its message; repeating one script would measure a cache): browse
/// with a product request, refine it, ask a store rule, ask about an order of a demo store customer and identify with
/// their email, start over.
/// </summary>
internal sealed class BenchConversations(StoreDatabase store, int seed)
{
    public static readonly string[] Steps =
        ["greeting", "product search", "refinement", "policy question", "order question", "identification + status", "start over"];

    private static readonly string[] Greetings = ["hi", "hello", "hey there", "good morning", "hi!", "hello again"];
    private static readonly string[] Colours = ["red", "black", "blue", "white", "green", "grey"];
    private static readonly string[] Products =
        ["t-shirt", "hiking boots", "desk lamp", "backpack", "headphones", "water bottle", "sneakers", "jacket",
         "mechanical keyboard", "office chair", "running shoes", "wristwatch"];
    private static readonly string[] Requests = ["do you have {0} {1} under ${2}?", "show me {0} {1} below ${2}", "I'm looking for {0} {1}, max ${2}"];
    private static readonly string[] Refinements = ["cheaper", "in black", "in blue", "show the leather one", "under $100", "in size L"];
    private static readonly string[] Rules =
        ["how long does a refund to my {0} take?", "can I return something I paid with {0}?", "when do I get my money back on {0}?",
         "can I change my order to pay with {0}?", "what happens to my {0} payment if I cancel?"];
    private static readonly string[] PaymentMethods = ["credit card", "PayPal", "gift card", "paypal account", "visa card"];
    private static readonly string[] OrderQuestions = ["where is my order {0}?", "what's the status of order {0}", "has {0} shipped yet?"];

    private readonly Random _random = new(seed);
    private readonly IReadOnlyList<User> _customers =
        [.. store.Users.Values.Where(u => u.Orders.Count > 0).OrderBy(u => u.UserId, StringComparer.Ordinal)];

    /// <summary>The next conversation's messages, one per step of <see cref="Steps"/>.</summary>
    public IReadOnlyList<string> Next()
    {
        var customer = Pick(_customers);
        return
        [
            Pick(Greetings),
            string.Format(Pick(Requests), Pick(Colours), Pick(Products), 40 + (10 * _random.Next(0, 46))),
            Pick(Refinements),
            string.Format(Pick(Rules), Pick(PaymentMethods)),
            string.Format(Pick(OrderQuestions), Pick(customer.Orders)),
            customer.Email,
            "start over",
        ];
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];
}
