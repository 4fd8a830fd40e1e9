namespace EcomBot.Bot.Commerce.ChangeStore;

/// <summary>Where the store keeps records changed since <c>db.json</c>, each as its full JSON. Writes are
/// compare-and-set over several records at once, so two turns changing the same order (or an order and the
/// gift card on its user) cannot lose an update: the loser sees <c>false</c>, re-reads and retries.</summary>
public interface ICommerceChangeStore
{
    /// <summary>The changed record's JSON, or null when the record is as shipped.</summary>
    Task<string?> GetAsync(RecordKey key, CancellationToken cancellationToken);

    /// <summary>Writes every change if and only if each record still holds its <see cref="RecordWrite.ExpectedJson"/>.</summary>
    Task<bool> TryWriteAsync(IReadOnlyCollection<RecordWrite> writes, CancellationToken cancellationToken);
}

/// <summary>One record's new JSON, conditional on the value read before (null: not changed yet).</summary>
public sealed record RecordWrite(RecordKey Key, string? ExpectedJson, string NewJson);
