using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcomBot.Tools.Journeys;

/// <summary>
/// What one task's customer knows and wants, written from the task's own text (see
/// <c>knowledge/data/evaluation/journeys/README.md</c>): who they are, what they ask for in order, in their own words,
/// and, where the task's customer changes their mind, what they say when.
/// </summary>
public sealed record CustomerCard
{
    public required string Task { get; init; }

    public required CustomerIdentity Identity { get; init; }

    public required IReadOnlyList<CustomerRequest> Requests { get; init; }

    public IReadOnlyList<MindChange> Script { get; init; } = [];

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Every card of a file, by task id.</summary>
    public static IReadOnlyDictionary<string, CustomerCard> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CustomerCardFile>(stream, Json) ?? throw new InvalidDataException($"'{path}' holds no customers.");
        return file.Customers.ToDictionary(c => c.Task, StringComparer.Ordinal);
    }

    private sealed record CustomerCardFile(IReadOnlyList<CustomerCard> Customers);
}

/// <summary>How the customer identifies: their emails (tried in turn), or their name and zip codes (tried in turn, for a
/// customer who gets their zip wrong first).</summary>
public sealed record CustomerIdentity
{
    public IReadOnlyList<string> Emails { get; init; } = [];

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public IReadOnlyList<string> Zips { get; init; } = [];

    /// <summary>The details to give on the <paramref name="attempt"/>th request (from 0), or null when none are left.</summary>
    public string? Details(int attempt)
    {
        if (Emails.Count > 0)
        {
            return attempt < Emails.Count ? $"My email is {Emails[attempt]}." : null;
        }
        return attempt < Zips.Count ? $"I'm {FirstName} {LastName}, zip code {Zips[attempt]}." : null;
    }
}

/// <summary>
/// One thing the customer asks for, in their words, and the answers they give to the bot's questions about it.
/// A <see cref="Kind"/> of <c>question</c> is asked and taken as answered by the bot's next reply that asks nothing.
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

    /// <summary>Which order, in words, tried in turn when the bot asks again.</summary>
    public IReadOnlyList<string> OrderWords { get; init; } = [];

    public IReadOnlyList<WantedItem> Items { get; init; } = [];

    /// <summary>Why (a cancellation's reason), in words.</summary>
    public string? Reason { get; init; }

    /// <summary>The payment method by the customer's name for it ("PayPal", "my gift card").</summary>
    public string? Payment { get; init; }

    /// <summary>Where to ship, in words ("the address on my other order", or the address itself).</summary>
    public IReadOnlyList<string> Address { get; init; } = [];

    /// <summary>How many changes the request should lead to (0: one the customer should be refused or talked out of).</summary>
    public int Changes { get; init; } = 1;

    /// <summary>Said to ask for the next of several changes, once one is done.</summary>
    public string? Again { get; init; }

    /// <summary>Asked instead when the bot says this cannot be done.</summary>
    public CustomerRequest? Otherwise { get; init; }

    /// <summary>What the customer says when asked which items: the items' words, joined.</summary>
    public string ItemsInWords => Items.Count == 0 ? "" : Joined([.. Items.Select(i => i.Words ?? $"the {i.Name}")]);

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
        return Items.Count > 0 ? $"The order with {ItemsInWords}." : null;
    }

    private static string Joined(IReadOnlyList<string> words) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1];
}

/// <summary>An item of the request: its product's name (how the bot names it), the customer's words for it, and the
/// options wanted instead, tried in turn when the bot says one is not available.</summary>
public sealed record WantedItem
{
    public required string Name { get; init; }

    public string? Words { get; init; }

    public IReadOnlyList<string> Want { get; init; } = [];
}

/// <summary>
/// A change of mind: when the bot asks <see cref="On"/> (a <see cref="BotQuestion"/> name) for the
/// <see cref="Nth"/> time while request <see cref="Request"/> is in hand, the customer says <see cref="Say"/> instead of
/// answering, and the requests from then on become <see cref="Then"/> (when given).
/// </summary>
public sealed record MindChange
{
    public required string On { get; init; }

    public int Request { get; init; }

    public int Nth { get; init; } = 1;

    public required string Say { get; init; }

    public IReadOnlyList<CustomerRequest>? Then { get; init; }
}
