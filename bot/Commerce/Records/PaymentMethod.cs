using System.Text.Json.Serialization;

namespace EcomBot.Bot.Commerce.Records;

/// <summary>A saved payment method. <see cref="Source"/> is <c>credit_card</c> (with brand and last four digits),
/// <c>paypal</c>, or <c>gift_card</c> (with a balance that refunds and payments move).</summary>
public sealed record PaymentMethod(
    string Source,
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Brand = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LastFour = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Balance = null)
{
    public const string GiftCardSource = "gift_card";

    [JsonIgnore]
    public bool IsGiftCard => Source == GiftCardSource;

    [JsonIgnore]
    public decimal GiftCardBalance => Balance ?? 0m;
}
