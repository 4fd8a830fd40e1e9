using System.Text.Json;

namespace EcomBot.Bot.Commerce;

/// <summary>The store's JSON shape (snake_case, nulls kept on orders), shared by the demo db, the change store,
/// the plugins' output and the replay evaluation so that all of them read and write the same records.</summary>
public static class CommerceJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = false,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Expected a {typeof(T).Name}, got null.");
}
