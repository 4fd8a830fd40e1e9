namespace EcomBot.Bot.Profiles.Privacy;

/// <summary>
/// A store that keeps data about customers (conversation references, cart, order changes, bot state ...). Register
/// it with <c>services.AddSingleton&lt;IErasable, MyStoreErasure&gt;()</c> and <c>DELETE /api/profiles/{id}</c>
/// erases its part too. Erasing must be idempotent: a failed erasure is retried as a whole.
/// </summary>
public interface IErasable
{
    /// <summary>What the store holds, for the export and the erasure log (e.g. "cart").</summary>
    string DataName { get; }

    Task EraseAsync(CustomerDataSubject subject, CancellationToken cancellationToken);
}
