namespace EcomBot.Bot.Commerce.ChangeStore;

/// <summary>Where the store keeps records changed since <c>db.json</c>, each as its full JSON, and which users were
/// erased. Writes are compare-and-set over several records at once, so two turns changing the same order (or an order
/// and the gift card on its user) cannot lose an update: the loser sees <c>false</c>, re-reads and retries.</summary>
public interface ICommerceChangeStore
{
    /// <summary>The changed record's JSON, or null when the record is as shipped.</summary>
    Task<string?> GetAsync(RecordKey key, CancellationToken cancellationToken);

    /// <summary>Writes every change if and only if each record still holds its <see cref="RecordWrite.ExpectedJson"/>
    /// and no user written was erased meanwhile (an erased user's record is never written again).</summary>
    Task<bool> TryWriteAsync(IReadOnlyCollection<RecordWrite> writes, CancellationToken cancellationToken);

    /// <summary>True once <see cref="TryEraseUserAsync"/> erased the user: the store then answers as if the user never
    /// existed, although <c>db.json</c> still holds them.</summary>
    Task<bool> IsErasedAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Erases a user in one compare-and-set: writes <paramref name="orderWrites"/> (the user's orders, anonymised),
    /// deletes the user's changed record and records the erasure durably (by <see cref="ErasureMark"/>, never the id
    /// itself). False, with nothing changed, if the user's record no longer holds <paramref name="expectedUserJson"/>
    /// or an order no longer holds its expected value.
    /// </summary>
    Task<bool> TryEraseUserAsync(string userId, string? expectedUserJson, IReadOnlyCollection<RecordWrite> orderWrites, CancellationToken cancellationToken);
}

/// <summary>One record's new JSON, conditional on the value read before (null: not changed yet).</summary>
public sealed record RecordWrite(RecordKey Key, string? ExpectedJson, string NewJson);
