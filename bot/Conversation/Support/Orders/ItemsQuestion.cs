using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>The parts of the question "which items?" that the return, exchange and item change share.</summary>
internal static partial class ItemsQuestion
{
    /// <summary>A choice per item, by name and id; a product the order holds more than once also by its options and price,
    /// so the customer sees what tells them apart.</summary>
    public static string[] Choices(Order order) =>
        [.. order.Items.Select(i => order.Items.Count(o => o.Name == i.Name) > 1 ? $"{OrderDescriptions.Item(i)} {i.ItemId}" : $"{i.Name} {i.ItemId}")];

    /// <summary>Why the answer chose nothing when it fit items it did not tell apart, to say before asking again; empty
    /// otherwise.</summary>
    public static string Unclear(Order order, ItemsChoice choice) => choice.Unclear.Count == 0
        ? ""
        : $"That fits {choice.Unclear.Count} items of order {order.OrderId}: {string.Join("; ", choice.Unclear.Select(OrderDescriptions.Item))}. Tell me which you mean, by name, options or price. ";

    /// <summary>What to say when the answer left out every item ("everything except the boots" of an order of boots).</summary>
    public static string NothingLeft(Order order, string verb) =>
        $"Order {order.OrderId} holds only {string.Join(", ", order.Items.Select(i => i.Name).Distinct(StringComparer.Ordinal))}, so without those there is nothing to {verb} in it.";

    /// <summary>The answer is a new request for another kind of change ("Could I exchange my boots instead?" asked which
    /// items to return): the flow lets it go, so the router reads it afresh, rather than taking its items.</summary>
    /// <param name="ownStems">How the words of the flow's own change begin ("return", "refund").</param>
    public static bool AsksForSomethingElse(string answer, IReadOnlyCollection<string> ownStems) =>
        (FlowAnswers.IsRequest(answer) || FlowAnswers.IsQuestion(answer) || Opening().IsMatch(answer))
        && OrderChange().Matches(answer).Any(m => !ownStems.Any(stem => m.Value.StartsWith(stem, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The parts of a request about the flow's own change: "I want to return the water bottle, and exchange the
    /// pet bed" means only the water bottle to the return, only the pet bed to the exchange.</summary>
    public static string OwnClauses(string request, IReadOnlyCollection<string> ownStems)
    {
        var verbs = ChangeVerb().Matches(request);
        bool Own(Match verb) => ownStems.Any(stem => verb.Value.StartsWith(stem, StringComparison.OrdinalIgnoreCase));
        // No verb of another change, or none of the flow's own ("cancel the bookshelf I received" sent to the return):
        // the whole request is the flow's.
        if (verbs.All(Own) || !verbs.Any(Own))
        {
            return request;
        }
        var own = new List<string>();
        for (var i = 0; i < verbs.Count; i++)
        {
            if (Own(verbs[i]))
            {
                var from = i == 0 ? 0 : verbs[i].Index;
                own.Add(request[from..(i + 1 < verbs.Count ? verbs[i + 1].Index : request.Length)]);
            }
        }
        return string.Join(" ", own);
    }

    [GeneratedRegex(@"\b(exchang\w*|swap\w*|cancel\w*|chang\w*|modif\w*|return\w*|send\w* back)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeVerb();

    [GeneratedRegex(@"^\s*(please|also|then|lastly|finally|next|and|i want|i'd like|i would like)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"\b(exchang\w*|swap\w*|cancel\w*|chang\w*|modif\w*|return\w*|refund\w*|send\w* back|address|payment method)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrderChange();
}
