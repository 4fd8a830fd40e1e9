namespace EcomBot.Bot.Commerce.Records;

/// <summary>A variant with the product it belongs to (the store's variant record carries neither name nor product id).</summary>
public sealed record CatalogueItem(string ProductId, string ProductName, Variant Variant);
