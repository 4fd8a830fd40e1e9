namespace EcomBot.Bot.Profiles.Interests;

/// <summary>One interest with its weight decayed to the time of reading: a product type (<c>"T-Shirt"</c>) or an
/// option preference (<see cref="Name"/> <c>"color"</c>, <see cref="Value"/> <c>"black"</c>).</summary>
public sealed record RankedInterest(string Key, double Weight)
{
    public string Name => Key.Split('=', 2)[0];

    public string? Value => Key.Split('=', 2) is [_, var value] ? value : null;
}
