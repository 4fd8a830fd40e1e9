using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcomBot.Tools.Journeys;

/// <summary>
/// What one task's customer wants, written from the task's own text (<c>customers_train.json</c> beside this file): what
/// they ask for, in order and in their own words, and, where the task's customer changes their mind, what they say when.
/// Who they are comes from the task's <c>known_info</c> (<see cref="CustomerIdentity.From"/>) unless the card says more.
/// </summary>
public sealed record CustomerCard
{
    public required string Task { get; init; }

    /// <summary>Only where the task's instructions add to <c>known_info</c> (a zip code first given wrong).</summary>
    public CustomerIdentity? Identity { get; init; }

    public required IReadOnlyList<CustomerRequest> Requests { get; init; }

    public IReadOnlyList<MindChange> Script { get; init; } = [];

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The file of train customers shipped beside the tool.</summary>
    public static string TrainFile => Path.Combine(AppContext.BaseDirectory, "Journeys", "customers_train.json");

    /// <summary>Every card of a file, by task id.</summary>
    public static IReadOnlyDictionary<string, CustomerCard> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CustomerCardFile>(stream, Json) ?? throw new InvalidDataException($"'{path}' holds no customers.");
        return file.Customers.ToDictionary(c => c.Task, StringComparer.Ordinal);
    }

    private sealed record CustomerCardFile(IReadOnlyList<CustomerCard> Customers);
}

/// <summary>
/// One thing the customer asks for, in their words, and the answers they give to the bot's questions about it.
/// A <see cref="Kind"/> of <c>question</c> is taken as answered by the bot's next reply that asks nothing; <c>person</c>
/// is a request to be passed to a person (the customer says yes when offered one).
/// </summary>
public sealed record CustomerRequest
{
    public const string ChangeKind = "change";
    public const string QuestionKind = "question";
    public const string PersonKind = "person";

    /// <summary>The request as the customer first says it.</summary>
    public required string Say { get; init; }

    public string Kind { get; init; } = ChangeKind;

    /// <summary>The order's id, only where the task states it.</summary>
    public string? Order { get; init; }

    /// <summary>The request is about every order of a kind ("all my pending orders"): asked which order, the customer
    /// picks the next of those the bot lists (see <see cref="SimulatedCustomer"/>).</summary>
    public bool EachOrder { get; init; }

    /// <summary>Which order, in words, tried in turn when the bot asks again.</summary>
    public IReadOnlyList<string> OrderWords { get; init; } = [];

    public IReadOnlyList<WantedItem> Items { get; init; } = [];

    /// <summary>What the customer says when asked which items, when not simply the items' words ("everything except the
    /// coffee machine").</summary>
    public string? ItemsAnswer { get; init; }

    /// <summary>Why (a cancellation's reason), in words.</summary>
    public string? Reason { get; init; }

    /// <summary>The payment methods by the customer's names for them ("PayPal", "my gift card"), tried in turn.</summary>
    public IReadOnlyList<string> Payment { get; init; } = [];

    /// <summary>Where to ship, in words ("the address on my other order", or the address itself), tried in turn.</summary>
    public IReadOnlyList<string> Address { get; init; } = [];

    /// <summary>Said to ask for the next change of the same request, once one is done ("and the other pending order").</summary>
    public string? Again { get; init; }

    /// <summary>Asked instead when the bot says this cannot be done.</summary>
    public CustomerRequest? Otherwise { get; init; }

    /// <summary>What the customer says when asked which items.</summary>
    public string ItemsInWords => ItemsAnswer ?? Joined([.. Items.Select(i => i.Words ?? (i.Name.Length == 0 ? "" : $"the {i.Name.ToLowerInvariant()}")).Where(w => w.Length > 0)]);

    /// <summary>What the customer says when asked which order, the <paramref name="attempt"/>th time (from 0).</summary>
    public string? OrderAnswer(int attempt)
    {
        if (Order is not null)
        {
            return attempt == 0 ? $"It's order {Order}." : $"Order {Order}.";
        }
        if (OrderWords.Count > 0)
        {
            return OrderWords[Math.Min(attempt, OrderWords.Count - 1)];
        }
        return ItemsInWords is { Length: > 0 } items && ItemsAnswer is null ? $"The order with {items}." : null;
    }

    private static string Joined(IReadOnlyList<string> words) => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1],
    };
}

/// <summary>An item of the request: its product's name (how the bot names it; empty for whichever item the bot asks
/// about), the customer's words for it, and the options wanted instead, tried in turn when the bot asks again.</summary>
public sealed record WantedItem
{
    public string Name { get; init; } = "";

    public string? Words { get; init; }

    public IReadOnlyList<string> Want { get; init; } = [];
}

/// <summary>
/// A change of mind: when the bot asks <see cref="On"/> (a <see cref="BotQuestion"/> name) for the
/// <see cref="Nth"/> time while request <see cref="Request"/> (from 0) is in hand, the customer says <see cref="Say"/>
/// instead of answering, and the requests from then on become <see cref="Then"/> (when given).
/// </summary>
public sealed record MindChange
{
    public required string On { get; init; }

    public int Request { get; init; }

    public int Nth { get; init; } = 1;

    public required string Say { get; init; }

    public IReadOnlyList<CustomerRequest>? Then { get; init; }
}
