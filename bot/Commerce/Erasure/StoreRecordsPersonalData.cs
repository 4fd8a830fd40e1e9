using System.Text.Json.Nodes;
using EcomBot.Bot.Profiles.Privacy;

namespace EcomBot.Bot.Commerce.Erasure;

/// <summary>The store's account and orders of a customer in their export, and their erasure (orders kept anonymised).</summary>
public sealed class StoreRecordsPersonalData(CustomerStoreRecords records) : IErasable, IExportable
{
    public string DataName => "storeRecords";

    public Task EraseAsync(CustomerDataSubject subject, CancellationToken cancellationToken) =>
        records.EraseAsync(subject.CustomerId, cancellationToken);

    public async Task<JsonNode?> ExportAsync(CustomerDataSubject subject, CancellationToken cancellationToken) =>
        await records.ExportAsync(subject.CustomerId, cancellationToken) is { } found
            ? JsonNode.Parse(CommerceJson.Serialize(found))
            : null;
}
