using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Collects a swap of items for other variants of the same products, shared by the exchange of a delivered order and
/// the item change of a pending one: which items (all at once, since either can be done only once; taken from the request
/// when it names them, see <see cref="ItemsInWords"/>), the new options
/// for each, and the payment method that pays or receives the price difference; then lists old -> new with prices.
/// </summary>
public static partial class ItemSwap
{
    private static readonly string[] SwapWords = ["exchang", "chang", "swap", "modif"];

    /// <summary>Runs this turn's part of the swap. Returns true once the items, their new variants and the payment
    /// method are all known, false when this turn asked something (the flow's state is then kept or ended).</summary>
    internal static async Task<bool> CollectAsync<TState>(FlowTurn turn, TState state, ChosenOrder chosen, ItemSwapTerms terms, CancellationToken cancellationToken)
        where TState : class, IItemSwapFlowState
    {
        var (order, answer) = chosen;
        var swap = state.Swap;
        if (swap.ItemIds.Count == 0)
        {
            if (answer is not null && ItemsQuestion.AsksForSomethingElse(answer, SwapWords))
            {
                turn.End();
                return false;
            }
            var choice = answer is not null ? ItemsInWords.Read(answer, order, askedAbout: swap.UnclearItemIds)
                : state.Choice.Request is { } request ? ItemsInWords.Read(ItemsQuestion.OwnClauses(request, SwapWords), order, fromRequest: true) : ItemsChoice.None;
            swap.ItemIds = choice.Unclear.Count > 0 ? [] : [.. choice.Items.Select(i => i.ItemId)];
            swap.UnclearItemIds = [.. choice.Unclear.Select(i => i.ItemId)];
            if (choice.NothingLeft)
            {
                turn.Say(ItemsQuestion.NothingLeft(order, terms.Verb));
                turn.End();
                return false;
            }
            if (swap.ItemIds.Count == 0)
            {
                turn.Unhelpful = answer is not null;
                turn.Say($"{ItemsQuestion.Unclear(order, choice)}Which items from order {order.OrderId} would you like to {terms.Verb}? You can name several at once; an order's items can be {terms.Participle} only once, so name them all now.",
                    ItemsQuestion.Choices(order));
                turn.ExpectFreeText();
                turn.Continue(state);
                return false;
            }
            if (answer is null)
            {
                turn.Say($"{terms.Gerund}: {string.Join("; ", order.Items.Where(i => swap.ItemIds.Contains(i.ItemId)).Select(OrderDescriptions.Item))}.");
            }
            answer = null;
        }
        if (order.Items.FirstOrDefault(i => swap.ItemIds.Contains(i.ItemId) && !swap.NewItemIds.ContainsKey(i.ItemId)) is { } item)
        {
            var product = await turn.Functions.Catalog.GetProductAsync(item.ProductId, cancellationToken);
            if (answer is not null && KeepsAsItIs(answer) && ExchangeVariants.Choose(product, item, answer, swap.OfferedVariantIds) is { NamedAnOption: false })
            {
                if (!LeaveAsItIs(turn, order, state, item, answer, terms))
                {
                    return false;
                }
                answer = null;
            }
            else if (answer is not null)
            {
                switch (ChooseVariant(turn, product, item, answer, swap, terms))
                {
                    case VariantAnswer.Chosen:
                        answer = null;
                        break;
                    case VariantAnswer.Narrowed:
                        turn.ExpectFreeText();
                        turn.Continue(state);
                        return false;
                }
            }
            if (order.Items.Any(i => swap.ItemIds.Contains(i.ItemId) && !swap.NewItemIds.ContainsKey(i.ItemId)))
            {
                await AskForVariantAsync(turn, order, state, terms, cancellationToken);
                return false;
            }
        }
        if (swap.PaymentMethodId is null)
        {
            var profile = await turn.Functions.Orders.GetAccountAsync(cancellationToken);
            swap.PaymentMethodId = answer is null ? null : ChoosePaymentMethod(order, profile, answer);
            if (swap.PaymentMethodId is null)
            {
                turn.Unhelpful = answer is not null;
                turn.Say("Which payment method should pay or receive the price difference? A gift card must cover any extra cost.",
                    [.. profile.PaymentMethods.Values.Select(PaymentMethodNames.Name)]);
                turn.ExpectFreeText();
                turn.Continue(state);
                return false;
            }
        }
        return true;
    }

    /// <summary>Records the variant the answer names; asks between the variants it fits when it fits several; otherwise
    /// says why not.</summary>
    private static VariantAnswer ChooseVariant(FlowTurn turn, Product product, OrderItem item, string answer, ItemSwapState swap, ItemSwapTerms terms)
    {
        var otherProduct = $"{terms.Article} can only be for another {product.Name} with different options. {terms.OtherProductAdvice}";
        if (ExchangeVariants.NamesAnotherProductsItem(product, answer))
        {
            turn.Unhelpful = true;
            turn.Say(otherProduct);
            return VariantAnswer.Refused;
        }
        var choice = ExchangeVariants.Choose(product, item, answer, swap.OfferedVariantIds);
        if (choice.Chosen is { } variant)
        {
            swap.NewItemIds[item.ItemId] = variant.ItemId;
            swap.OfferedVariantIds = [];
            return VariantAnswer.Chosen;
        }
        if (choice.Candidates.Count > 1)
        {
            swap.OfferedVariantIds = [.. choice.Candidates.Select(v => v.ItemId)];
            turn.Say($"{choice.Candidates.Count} {product.Name} options fit that. Which one would you like?", Described(choice.Candidates));
            return VariantAnswer.Narrowed;
        }
        turn.Unhelpful = true;
        turn.Say(choice.NamedAnOption ? $"No available {product.Name} has those options." : otherProduct);
        return VariantAnswer.Refused;
    }

    /// <summary>"I don't want a different one", "keep that one", "leave the lamp as it is": the item named (else the one
    /// asked about) leaves the swap. False when nothing is left to swap: the flow then ends without a change.</summary>
    private static bool LeaveAsItIs<TState>(FlowTurn turn, Order order, TState state, OrderItem asked, string answer, ItemSwapTerms terms)
        where TState : class, IItemSwapFlowState
    {
        var swap = state.Swap;
        var kept = ItemsInWords.Chosen(answer, order).Where(i => swap.ItemIds.Contains(i.ItemId)).ToList() is { Count: > 0 } named ? named : [asked];
        swap.ItemIds.RemoveAll(id => kept.Any(k => k.ItemId == id));
        kept.ForEach(k => swap.NewItemIds.Remove(k.ItemId));
        swap.OfferedVariantIds = [];
        var leaving = $"OK, I'll leave the {string.Join(" and the ", kept.Select(k => k.Name))} as {(kept.Count == 1 ? "it is" : "they are")}.";
        if (swap.ItemIds.Count > 0)
        {
            turn.Say(leaving);
            return true;
        }
        turn.Say($"{leaving} That leaves nothing to {terms.Verb} in order {order.OrderId}, so nothing has changed.");
        turn.End();
        return false;
    }

    private static bool KeepsAsItIs(string answer) => KeepAsItIs().IsMatch(answer);

    [GeneratedRegex(@"\b(?:(?:do not|don't|dont) (?:want|need) (?:a |an |to )?(?:different|other|another|new|replacement|change|exchange|swap)"
        + @"|keep (?:that|this|it|mine|my (?:current |old |own )?one|the (?!same\b)(?:[\w-]+ ){0,3}?(?:one|as it is|as is))\b(?! but)"
        + @"|keep (?:the|my) (?!same\b)[\w-]+(?: [\w-]+)?(?: as it is| as is| unchanged)?[.!]*$"
        + @"|leave (?:it|that|this|the [\w-]+(?: [\w-]+)?|my [\w-]+(?: [\w-]+)?)(?: one)? (?:as it is|as is|alone|unchanged)"
        + @"|no change (?:for|to|on)|never ?mind (?:that|this|the)|(?:it's|that's|it is|that is) fine as (?:it )?is|skip (?:it|that|this|the))",
        RegexOptions.IgnoreCase)]
    private static partial Regex KeepAsItIs();

    private static string[] Described(IEnumerable<Variant> variants) =>
        [.. variants.Select(v => $"{ExchangeVariants.Describe(v)} {OrderDescriptions.Money(v.Price)}")];

    private static async Task AskForVariantAsync<TState>(FlowTurn turn, Order order, TState state, ItemSwapTerms terms, CancellationToken cancellationToken)
        where TState : class, IItemSwapFlowState
    {
        var swap = state.Swap;
        var item = order.Items.First(i => swap.ItemIds.Contains(i.ItemId) && !swap.NewItemIds.ContainsKey(i.ItemId));
        var alternatives = ExchangeVariants.Alternatives(await turn.Functions.Catalog.GetProductAsync(item.ProductId, cancellationToken), item);
        if (alternatives.Count == 0)
        {
            turn.Unhelpful = true;
            turn.Say($"There is no other {item.Name} available right now, so it can't be {terms.Participle}.");
            turn.End();
            return;
        }
        swap.OfferedVariantIds = [.. alternatives.Select(v => v.ItemId)];
        turn.Say($"Which {item.Name} would you like instead of {OrderDescriptions.Item(item)}? Name the options you want changed.",
            Described(alternatives));
        turn.ExpectFreeText();
        turn.Continue(state);
    }

    private static string? ChoosePaymentMethod(Order order, User profile, string answer) =>
        PaymentMethodNames.MeansTheOriginal(answer)
            ? order.PaymentHistory[0].PaymentMethodId
            : PaymentMethodNames.Find(profile.PaymentMethods.Values, answer)?.Id;
}

/// <summary>Items chosen so far for a swap: the old item ids, the new variant for each, and who pays the difference.</summary>
public sealed class ItemSwapState
{
    public List<string> ItemIds { get; set; } = [];

    /// <summary>The items the last answer fit without telling apart, listed when asked again.</summary>
    public List<string> UnclearItemIds { get; set; } = [];

    /// <summary>The new variant's item id for each old item id chosen so far.</summary>
    public Dictionary<string, string> NewItemIds { get; set; } = [];

    public string? PaymentMethodId { get; set; }

    /// <summary>The variants last listed for the item being chosen, in the order shown: "the second one" picks among them.</summary>
    public List<string> OfferedVariantIds { get; set; } = [];
}

internal enum VariantAnswer
{
    Chosen,
    Narrowed,
    Refused,
}

/// <summary>The state of a flow that chooses an order and then collects an <see cref="ItemSwap"/>.</summary>
public interface IItemSwapFlowState : IOrderFlowState
{
    ItemSwapState Swap { get; }
}
