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
        if (answer is not null && OnlyOneOf(answer, order, swap) is { } only)
        {
            // "Then I'd rather only exchange the thermostat, for a Google Home one": the others leave the swap, and
            // the rest of the answer is about the one kept.
            swap.ItemIds = [only.ItemId];
            foreach (var other in swap.NewItemIds.Keys.Where(id => id != only.ItemId).ToList())
            {
                swap.NewItemIds.Remove(other);
            }
            swap.OfferedVariantIds = [];
            turn.Say($"OK, only the {only.Name} then.");
        }
        if (order.Items.FirstOrDefault(i => swap.ItemIds.Contains(i.ItemId) && !swap.NewItemIds.ContainsKey(i.ItemId)) is { } item)
        {
            var product = WithoutRejected(await turn.Functions.Catalog.GetProductAsync(item.ProductId, cancellationToken), swap);
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
                switch (await ChooseVariantAsync(turn, order, product, item, answer, swap, terms, cancellationToken))
                {
                    case VariantAnswer.Chosen:
                        answer = null;
                        break;
                    case VariantAnswer.Kept when swap.ItemIds.Count == 0:
                        turn.Say($"That leaves nothing to {terms.Verb} in order {order.OrderId}, so nothing has changed.");
                        turn.End();
                        return false;
                    case VariantAnswer.Kept:
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

    /// <summary>Records the variant the answer names; asks between the variants it fits when it fits several; offers the
    /// closest when none has all it asks; otherwise says why not.</summary>
    private static async Task<VariantAnswer> ChooseVariantAsync(FlowTurn turn, Order order, Product product, OrderItem item, string answer, ItemSwapState swap, ItemSwapTerms terms, CancellationToken cancellationToken)
    {
        var otherProduct = $"{terms.Article} can only be for another {product.Name} with different options. {terms.OtherProductAdvice}";
        if (ExchangeVariants.NamesAnotherProductsItem(product, answer))
        {
            turn.Unhelpful = true;
            turn.Say(otherProduct);
            return VariantAnswer.Refused;
        }
        IReadOnlyDictionary<string, string>? reference = null;
        if (OtherOrderItem.IsReferredTo(answer))
        {
            var other = OtherOrderItem.Find(await turn.Functions.Orders.ListAsync(cancellationToken), order, item, answer);
            if (other is null)
            {
                turn.Unhelpful = true;
                turn.Say($"I couldn't find another {product.Name} in {OtherOrderItem.Where(answer)}. Which options would you like?");
                return VariantAnswer.Refused;
            }
            reference = other.Options;
        }
        var choice = ExchangeVariants.Choose(product, item, answer, swap.OfferedVariantIds, reference);
        if (choice.Chosen is { } best && reference is null && AlreadyTheExtreme(product, item, best, answer) is { } already)
        {
            // "The cheapest option" for an item no other option undercuts: the item the customer has is that one.
            swap.ItemIds.Remove(item.ItemId);
            swap.OfferedVariantIds = [];
            turn.Say($"Your {OrderDescriptions.Item(item)} is already the {already} {product.Name} available, so I'll leave it as it is.");
            return VariantAnswer.Kept;
        }
        if (choice.Chosen is { } variant)
        {
            swap.NewItemIds[item.ItemId] = variant.ItemId;
            swap.OfferedVariantIds = [];
            return VariantAnswer.Chosen;
        }
        if (choice.IsClosest && swap.OfferedVariantIds.SequenceEqual(choice.Candidates.Select(v => v.ItemId)))
        {
            // The same wish again after the closest were offered: say so once more without listing them again.
            turn.Unhelpful = true;
            turn.Say($"Still, no available {product.Name} has {Joined(choice.Asked, "and")} together. You can take one of the closest above, name other options, or leave this item as it is.");
            return VariantAnswer.Narrowed;
        }
        if (choice.IsClosest)
        {
            swap.OfferedVariantIds = [.. choice.Candidates.Select(v => v.ItemId)];
            var closest = choice.Candidates.Select(v => $"- {ExchangeVariants.Describe(v)} {OrderDescriptions.Money(v.Price)} (not {Joined(choice.Missed[v.ItemId], "or")})");
            turn.Say($"No available {product.Name} has {Joined(choice.Asked, "and")} together. The closest {(choice.Candidates.Count == 1 ? "is" : "are")}:\n{string.Join("\n", closest)}\nWhich one would you like instead, or which other options?",
                Described(choice.Candidates));
            return VariantAnswer.Narrowed;
        }
        if (choice.Candidates.Count > 1 && swap.OfferedVariantIds.SequenceEqual(choice.Candidates.Select(v => v.ItemId)))
        {
            // The same words again after being asked which of these: any of them will do, so the one most like the
            // current item is taken; the read-back before the change still waits for the customer's yes.
            var closest = MostLike(item, choice.Candidates);
            swap.NewItemIds[item.ItemId] = closest.ItemId;
            swap.OfferedVariantIds = [];
            turn.Say($"Then I'll take the one most like your current {product.Name}: {ExchangeVariants.Describe(closest)} {OrderDescriptions.Money(closest.Price)}.");
            return VariantAnswer.Chosen;
        }
        if (choice.Candidates.Count > 1)
        {
            swap.OfferedVariantIds = [.. choice.Candidates.Select(v => v.ItemId)];
            turn.Say($"{choice.Candidates.Count} {product.Name} options fit that. Which one would you like?", Described(choice.Candidates));
            return VariantAnswer.Narrowed;
        }
        turn.Unhelpful = true;
        turn.Say(choice switch
        {
            { AskAbout.Count: > 0 } => $"More or less of which: {Joined(choice.AskAbout, "or")}? For example: \"a higher {choice.AskAbout[0]}\".",
            { NamedAnOption: true } => $"No available {product.Name} has {(choice.Asked.Count > 0 ? Joined(choice.Asked, "and") : "those options")}.",
            _ when SameItemWish.IsMeant(answer) => SameItemWish.Refusal(product, item, terms),
            _ => otherProduct,
        });
        return VariantAnswer.Refused;
    }

    /// <summary>"cheapest" or "most expensive" when that is all the answer asks and the item itself beats (or equals)
    /// <paramref name="chosen"/>, the best of the other options; otherwise null.</summary>
    private static string? AlreadyTheExtreme(Product product, OrderItem item, Variant chosen, string answer) =>
        ExchangeVariants.OnlyPriceExtreme(product, item, answer) switch
        {
            -1 when item.Price <= chosen.Price => "cheapest",
            1 when item.Price >= chosen.Price => "most expensive",
            _ => null,
        };

    /// <summary>The variant keeping most of the item's options, then the one nearest its price.</summary>
    private static Variant MostLike(OrderItem item, IReadOnlyList<Variant> candidates) =>
        candidates
            .OrderByDescending(v => v.Options.Count(o => item.Options.TryGetValue(o.Key, out var value) && string.Equals(value, o.Value, StringComparison.OrdinalIgnoreCase)))
            .ThenBy(v => Math.Abs(v.Price - item.Price))
            .First();

    private static string Joined(IReadOnlyList<string> parts, string conjunction) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => $"{string.Join(", ", parts.Take(parts.Count - 1))} {conjunction} {parts[^1]}",
    };

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

    /// <summary>The one item of several being swapped that an answer keeps alone ("only the thermostat", "just the
    /// keyboard then"), or null.</summary>
    private static OrderItem? OnlyOneOf(string answer, Order order, ItemSwapState swap)
    {
        if (swap.ItemIds.Count < 2 || !OnlyWord().IsMatch(answer))
        {
            return null;
        }
        var named = ItemsInWords.Chosen(answer, order).Where(i => swap.ItemIds.Contains(i.ItemId)).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    [GeneratedRegex(@"\b(?:only|just)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyWord();

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
        var alternatives = ExchangeVariants.Alternatives(WithoutRejected(await turn.Functions.Catalog.GetProductAsync(item.ProductId, cancellationToken), swap), item);
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

    /// <summary>The product as the customer may still choose from it: a variant they said was not the one they want
    /// (see <see cref="SwapAmendment"/>) is neither offered nor taken again.</summary>
    private static Product WithoutRejected(Product product, ItemSwapState swap) =>
        swap.RejectedVariantIds.Count == 0
            ? product
            : product with { Variants = product.Variants.Where(v => !swap.RejectedVariantIds.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal) };

    private static string? ChoosePaymentMethod(Order order, User profile, string answer) =>
        PaymentMethodNames.MeansTheOriginal(answer)
            ? order.PaymentHistory[0].PaymentMethodId
            : (PaymentMethodNames.Other(profile.PaymentMethods.Values, answer, order.PaymentHistory.Count > 0 ? order.PaymentHistory[0].PaymentMethodId : null)
                ?? PaymentMethodNames.Find(profile.PaymentMethods.Values, answer))?.Id;
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

    /// <summary>Variants read back to the customer that they said were not the ones they want.</summary>
    public List<string> RejectedVariantIds { get; set; } = [];

    /// <summary>The variants last listed for the item being chosen, in the order shown: "the second one" picks among them.</summary>
    public List<string> OfferedVariantIds { get; set; } = [];
}

internal enum VariantAnswer
{
    Chosen,
    Narrowed,
    Refused,

    /// <summary>The item the customer has is already what the answer asks for: it leaves the swap.</summary>
    Kept,
}

/// <summary>The state of a flow that chooses an order and then collects an <see cref="ItemSwap"/>.</summary>
public interface IItemSwapFlowState : IOrderFlowState
{
    ItemSwapState Swap { get; }
}
