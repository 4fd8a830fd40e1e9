using System.Text.Json;
using System.Text.Json.Nodes;
using EcomBot.Bot.Profiles.Storage;

namespace EcomBot.Bot.Profiles.Privacy;

/// <summary>
/// Export and erasure of everything kept about a customer: the profile, its channel index entries, and whatever the
/// registered <see cref="IExportable"/> and <see cref="IErasable"/> stores hold. Logs only pseudonyms.
/// </summary>
public sealed partial class CustomerDataPrivacy(
    IProfileStore store,
    ProfileReader reader,
    IEnumerable<IErasable> erasables,
    IEnumerable<IExportable> exportables,
    RecentErasures erasures,
    TimeProvider time,
    ILogger<CustomerDataPrivacy> logger)
{
    /// <summary>The export, or null if nothing is kept about the customer.</summary>
    public async Task<JsonObject?> ExportAsync(string customerId, CancellationToken cancellationToken)
    {
        var snapshot = await reader.GetAsync(customerId, cancellationToken);
        var subject = SubjectOf(customerId, snapshot?.Profile);
        var otherData = new JsonObject();
        foreach (var exportable in exportables)
        {
            if (await exportable.ExportAsync(subject, cancellationToken) is { } part)
            {
                otherData[exportable.DataName] = part;
            }
        }
        if (snapshot is null && otherData.Count == 0)
        {
            return null;
        }
        return new JsonObject
        {
            ["customerId"] = customerId,
            ["exportedAt"] = time.GetUtcNow(),
            ["profile"] = snapshot is null ? null : JsonSerializer.SerializeToNode(ProfileDocument.From(snapshot), JsonSerializerOptions.Web),
            ["otherData"] = otherData,
        };
    }

    /// <summary>Erases the customer everywhere; the profile goes last, so a failed erasure can be retried with the
    /// same channel accounts and conversations. Erasing someone unknown does nothing and succeeds.</summary>
    public async Task EraseAsync(string customerId, CancellationToken cancellationToken)
    {
        var profile = await store.GetAsync(customerId, cancellationToken);
        var subject = SubjectOf(customerId, profile);
        erasures.Add(subject);
        foreach (var erasable in erasables)
        {
            await erasable.EraseAsync(subject, cancellationToken);
        }
        foreach (var user in subject.ChannelUsers)
        {
            await store.DeleteAsync(ProfileIds.Anonymous(user), cancellationToken);
        }
        var hadProfile = await store.DeleteAsync(customerId, cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var pseudonym = ProfileIds.Pseudonym(customerId);
            var others = erasables.Count();
            LogErased(pseudonym, hadProfile, others);
        }
    }

    private static CustomerDataSubject SubjectOf(string customerId, CustomerProfile? profile) =>
        new(customerId, [.. profile?.ChannelUsers ?? []], [.. profile?.Conversations ?? []]);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Erased customer {CustomerPseudonym} (profile found: {HadProfile}; {OtherStores} other stores asked to erase).")]
    private partial void LogErased(string customerPseudonym, bool hadProfile, int otherStores);
}
