using System.Globalization;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Tools.Journeys;

/// <summary>The part of a proposed change that is not what the customer wants.</summary>
public enum ProposalPart
{
    /// <summary>The customer wants no change of this kind at all.</summary>
    Unwanted,
    Kind,
    Order,
    Items,
    Options,
    Payment,
    Reason,
    Address,
}

/// <summary>A customer's check of a proposal: the change it is (then they say yes), or the first part that is wrong.</summary>
public sealed record ProposalVerdict(GoldChange? Matches, ProposalPart Wrong);

/// <summary>
/// Checks the bot's summary of a proposed change against what the task wants, as a customer checks a summary before
/// saying yes: the change the task's gold tool calls make (the benchmark's exact encoding of the task) that is not made
/// yet. The summary must name the order, list exactly those items (by name and price), the variants they become (price
/// and every option value), the payment method (by the last four digits of a card, "PayPal" or "gift card"), the
/// cancellation's reason, or the new address. Nothing of the gold is ever said to the bot: only yes, or no with what is
/// wrong in the customer's own words.
/// </summary>
public sealed class ProposalJudge(IReadOnlyList<GoldChange> gold)
{
    private readonly HashSet<GoldChange> _made = [];

    public IReadOnlyList<GoldChange> Gold => gold;

    /// <summary>The wanted changes not made yet.</summary>
    public IReadOnlyList<GoldChange> Open => [.. gold.Where(g => !_made.Contains(g))];

    /// <summary>A confirmed change the bot said it made: no longer wanted.</summary>
    public void Made(GoldChange change) => _made.Add(change);

    public ProposalVerdict Judge(string summary)
    {
        var text = summary.Replace(",", "", StringComparison.Ordinal);
        var kind = KindOf(summary);
        var open = Open;
        var sameKind = open.Where(g => kind is null || g.Kind == kind || (IsSwap(g.Kind) && IsSwap(kind.Value))).ToList();
        foreach (var change in sameKind)
        {
            if (FirstWrong(change, text) is null)
            {
                return new ProposalVerdict(change, ProposalPart.Unwanted);
            }
        }
        var closest = sameKind.FirstOrDefault(g => Names(text, g.OrderId));
        if (closest is not null)
        {
            return new ProposalVerdict(null, FirstWrong(closest, text)!.Value);
        }
        if (sameKind.Count > 0)
        {
            return new ProposalVerdict(null, ProposalPart.Order);
        }
        return new ProposalVerdict(null, open.Any(g => Names(text, g.OrderId)) ? ProposalPart.Kind : ProposalPart.Unwanted);
    }

    private static ProposalPart? FirstWrong(GoldChange change, string text)
    {
        if (change.OrderId is not null && !Names(text, change.OrderId))
        {
            return ProposalPart.Order;
        }
        return change.Kind switch
        {
            ChangeKind.Cancel => Names(text, change.Reason) ? null : ProposalPart.Reason,
            ChangeKind.Return => ItemsWrong(change, text) ?? PaymentWrong(change, text),
            ChangeKind.Exchange or ChangeKind.ModifyItems => ItemsWrong(change, text) ?? OptionsWrong(change, text) ?? PaymentWrong(change, text),
            ChangeKind.OrderPayment => PaymentWrong(change, text),
            ChangeKind.OrderAddress or ChangeKind.DefaultAddress =>
                change.Address is { } a && Names(text, a.Address1) && Names(text, a.City) && Names(text, a.Zip) ? null : ProposalPart.Address,
            _ => null,
        };
    }

    /// <summary>One listed line per item, each naming one of the items by name and price.</summary>
    private static ProposalPart? ItemsWrong(GoldChange change, string text)
    {
        var lines = Listed(text);
        var named = change.Items.All(i => lines.Any(l => Names(l, i.Name) && Names(l, Money(i.Price))));
        return named && lines.Count == change.Items.Count ? null : ProposalPart.Items;
    }

    /// <summary>Each item's line names its new variant's price and every option value.</summary>
    private static ProposalPart? OptionsWrong(GoldChange change, string text)
    {
        var lines = Listed(text);
        for (var i = 0; i < change.Items.Count && i < change.NewItems.Count; i++)
        {
            var (item, variant) = (change.Items[i], change.NewItems[i]);
            var line = lines.FirstOrDefault(l => Names(l, Money(item.Price)) && Names(l, Money(variant.Price)));
            if (line is null || !variant.Options.Values.All(v => Names(line, v)))
            {
                return ProposalPart.Options;
            }
        }
        return null;
    }

    private static ProposalPart? PaymentWrong(GoldChange change, string text) => change.Payment switch
    {
        null => null,
        { Source: "credit_card", LastFour: { } last } => Names(text, last) ? null : ProposalPart.Payment,
        { Source: "paypal" } => Names(text, "paypal") ? null : ProposalPart.Payment,
        { IsGiftCard: true } => Names(text, "gift card") ? null : ProposalPart.Payment,
        _ => null,
    };

    /// <summary>What the summary's first line says the change is.</summary>
    internal static ChangeKind? KindOf(string summary)
    {
        var headline = summary.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        bool Says(string words) => headline.Contains(words, StringComparison.OrdinalIgnoreCase);
        return Says("default") && Says("address") ? ChangeKind.DefaultAddress
            : Says("ship to") || Says("address") ? ChangeKind.OrderAddress
            : Says("paid with") || Says("payment method") ? ChangeKind.OrderPayment
            : Says("cancel") ? ChangeKind.Cancel
            : Says("return") ? ChangeKind.Return
            : Says("exchange") ? ChangeKind.Exchange
            : Says("change") || Says("modif") ? ChangeKind.ModifyItems
            : null;
    }

    private static bool IsSwap(ChangeKind kind) => kind is ChangeKind.Exchange or ChangeKind.ModifyItems;

    private static List<string> Listed(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('-') || l.StartsWith('*') || l.StartsWith('•'))];

    private static bool Names(string text, string? fact) =>
        fact is not null && text.Contains(fact.Replace(",", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
