namespace EcomBot.Bot.Profiles.Privacy;

/// <summary>The operator's profile API, behind <see cref="AdminKeyFilter"/>: read a profile with its current stage,
/// export everything kept about a customer, erase it. While a store is unreachable they answer 503.</summary>
public static class ProfileEndpoints
{
    public static IEndpointRouteBuilder MapEcomBotProfiles(this IEndpointRouteBuilder endpoints)
    {
        var profiles = endpoints.MapGroup("/api/profiles").AddEndpointFilter<AdminKeyFilter>().AddEndpointFilter<StoreUnavailableFilter>();

        profiles.MapGet("/{id}", async (string id, ProfileReader reader, CancellationToken cancellationToken) =>
            await reader.GetAsync(id, cancellationToken) is { } snapshot
                ? Results.Ok(ProfileDocument.From(snapshot))
                : Results.NotFound());

        profiles.MapGet("/{id}/export", async (string id, CustomerDataPrivacy privacy, CancellationToken cancellationToken) =>
            await privacy.ExportAsync(id, cancellationToken) is { } export
                ? Results.Json(export)
                : Results.NotFound());

        profiles.MapDelete("/{id}", async (string id, CustomerDataPrivacy privacy, CancellationToken cancellationToken) =>
        {
            await privacy.EraseAsync(id, cancellationToken);
            return Results.NoContent();
        });
        return endpoints;
    }
}
