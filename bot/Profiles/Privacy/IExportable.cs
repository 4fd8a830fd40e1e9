using System.Text.Json.Nodes;

namespace EcomBot.Bot.Profiles.Privacy;

/// <summary>A store whose data about a customer belongs in <c>GET /api/profiles/{id}/export</c>; register it with
/// <c>services.AddSingleton&lt;IExportable, ...&gt;()</c>. Stores that implement <see cref="IErasable"/> should implement this too.</summary>
public interface IExportable
{
    /// <summary>The property name of this store's part of the export.</summary>
    string DataName { get; }

    /// <summary>Everything the store holds about the subject, or null if nothing.</summary>
    Task<JsonNode?> ExportAsync(CustomerDataSubject subject, CancellationToken cancellationToken);
}
