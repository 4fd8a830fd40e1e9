using System.Globalization;
using System.Text;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Commerce;

/// <summary>The demo store's records as shipped in <c>db.json</c>: the base that recorded changes overlay.
/// Read-only after loading; holds the look-ups by email, name and item id.</summary>
public sealed class StoreDatabase
{
    private readonly Dictionary<string, string> _userIdByEmail;
    private readonly ILookup<(string First, string Last), string> _userIdsByName;
    private readonly Dictionary<string, string> _productIdByItemId;
    private readonly ILookup<string, string> _orderIdsByUserId;

    private StoreDatabase(DbFile file)
    {
        Users = file.Users;
        Orders = file.Orders;
        Products = file.Products;
        _userIdByEmail = new(StringComparer.Ordinal);
        foreach (var user in Users.Values)
        {
            _userIdByEmail.TryAdd(FoldForMatch(user.Email), user.UserId);
        }
        _userIdsByName = Users.Values.ToLookup(u => (FoldForMatch(u.Name.FirstName), FoldForMatch(u.Name.LastName)), u => u.UserId);
        _productIdByItemId = Products.Values
            .SelectMany(p => p.Variants.Keys.Select(itemId => (itemId, p.ProductId)))
            .ToDictionary(x => x.itemId, x => x.ProductId, StringComparer.Ordinal);
        _orderIdsByUserId = Orders.Values.ToLookup(o => o.UserId, o => o.OrderId, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, User> Users { get; }

    public IReadOnlyDictionary<string, Order> Orders { get; }

    public IReadOnlyDictionary<string, Product> Products { get; }

    public static StoreDatabase Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The demo store database was not found at '{path}' (setting Commerce:DatabasePath).", path);
        }
        using var stream = File.OpenRead(path);
        return Parse(stream);
    }

    public static StoreDatabase Parse(Stream json) =>
        new(System.Text.Json.JsonSerializer.Deserialize<DbFile>(json, CommerceJson.Options)
            ?? throw new InvalidDataException("The store database is empty."));

    public string? UserIdByEmail(string email) => _userIdByEmail.GetValueOrDefault(FoldForMatch(email));

    /// <summary>Users with this name; names never change, so the caller checks the current zip itself.</summary>
    public IEnumerable<string> UserIdsByName(string firstName, string lastName) =>
        _userIdsByName[(FoldForMatch(firstName), FoldForMatch(lastName))];

    /// <summary>The shipped orders that name this user, whether or not the user's record lists them.</summary>
    public IEnumerable<string> OrderIdsOfUser(string userId) => _orderIdsByUserId[userId];

    public string? ProductIdOfItem(string itemId) => _productIdByItemId.GetValueOrDefault(itemId);

    /// <summary>Case- and accent-insensitive form: a name or email spoken or typed without its diacritics still matches.</summary>
    internal static string FoldForMatch(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }
        return folded.ToString();
    }

    private sealed record DbFile(
        Dictionary<string, Product> Products,
        Dictionary<string, User> Users,
        Dictionary<string, Order> Orders);
}
