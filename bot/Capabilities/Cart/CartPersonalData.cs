using System.Text.Json;
using System.Text.Json.Nodes;
using EcomBot.Bot.Profiles.Privacy;

namespace EcomBot.Bot.Capabilities.Cart;

/// <summary>The customer's carts (the identified customer's and each linked channel user's) for export and erasure.</summary>
public sealed class CartPersonalData(ICartStore carts) : IErasable, IExportable
{
    public string DataName => "cart";

    public async Task EraseAsync(CustomerDataSubject subject, CancellationToken cancellationToken)
    {
        foreach (var owner in OwnersOf(subject))
        {
            await carts.ClearAsync(owner, cancellationToken);
        }
    }

    public async Task<JsonNode?> ExportAsync(CustomerDataSubject subject, CancellationToken cancellationToken)
    {
        var export = new JsonObject();
        foreach (var owner in OwnersOf(subject))
        {
            var lines = await carts.GetAsync(owner, cancellationToken);
            if (lines.Count > 0)
            {
                export[owner.Key] = JsonSerializer.SerializeToNode(lines, JsonSerializerOptions.Web);
            }
        }
        return export.Count == 0 ? null : export;
    }

    private static IEnumerable<CartOwner> OwnersOf(CustomerDataSubject subject) =>
        [CartOwner.Customer(subject.CustomerId), .. subject.ChannelUsers.Select(CartOwner.User)];
}
