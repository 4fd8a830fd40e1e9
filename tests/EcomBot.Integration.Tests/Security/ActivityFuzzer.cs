using System.Text;
using System.Text.Json.Nodes;

namespace EcomBot.Integration.Tests.Security;

/// <summary>One generated request body and what it is.</summary>
/// <param name="Kind">What the generator did to a valid activity.</param>
/// <param name="OddButValid">Whether the body is still an activity a turn must answer (unknown fields, odd Unicode,
/// long text); everything else only has to be refused cleanly.</param>
internal sealed record FuzzCase(string Kind, string Body, bool OddButValid)
{
    public override string ToString() => $"{Kind}: {(Body.Length > 300 ? Body[..300] + "..." : Body)}";
}

/// <summary>
/// Malformed and odd activities from a seeded generator (the same seed gives the same cases): invalid JSON, wrong
/// types, missing fields, unknown activity types, deep nesting, huge fields, odd Unicode and unknown fields, each
/// made from a valid activity the caller supplies.
/// </summary>
internal sealed class ActivityFuzzer(int seed, Func<JsonObject> validActivity, int maxMessageLength, int maxBodyBytes)
{
    private static readonly string[] OddText =
    [
        "héllo wörld", "😀🛒📦", "‮where is my order‬", "zero​width​space", "e\u0301\u0301\u0301 combining",
        "ﷺ", "𝕳𝖊𝖑𝖕", "\u0000nul inside", "tab\tand\r\nnew lines", "\ufeffBOM first", "👩‍👩‍👧‍👦 family", "日本語の注文",
        "مرحبا", "<script>alert(1)</script>", "'; DROP TABLE orders; --", "{{template}}", "%s%s%n", "\\u0000",
    ];

    private static readonly string[] Words =
        ["where", "is", "my", "order", "return", "refund", "shoes", "recommend", "help", "cart", "price", "size", "blue", "please"];

    private static readonly string[] RequiredFields = ["type", "conversation", "from", "channelId", "serviceUrl"];

    private readonly Random _random = new(seed);

    public IReadOnlyList<FuzzCase> Cases(int count) => [.. Enumerable.Range(0, count).Select(_ => Next())];

    private FuzzCase Next() => _random.Next(100) switch
    {
        < 35 => OddButValid(),
        < 50 => InvalidJson(),
        < 65 => WrongType(),
        < 75 => MissingField(),
        < 84 => UnknownType(),
        < 93 => DeepNesting(),
        _ => HugeField(),
    };

    private FuzzCase OddButValid()
    {
        var activity = validActivity();
        var kinds = new List<string>();
        for (var change = _random.Next(1, 4); change > 0; change--)
        {
            switch (_random.Next(5))
            {
                case 0:
                    activity[RandomName()] = RandomValue(depth: 3);
                    activity["channelData"] = new JsonObject { [RandomName()] = RandomValue(depth: 3) };
                    kinds.Add("unknown fields");
                    break;
                case 1:
                    activity["text"] = string.Join(' ', Enumerable.Range(0, _random.Next(1, 5)).Select(_ => Pick(OddText)));
                    kinds.Add("odd Unicode");
                    break;
                case 2:
                    activity["text"] = LongText(_random.Next(maxMessageLength / 2, maxMessageLength));
                    kinds.Add("long text");
                    break;
                case 3:
                    activity["entities"] = new JsonArray(new JsonObject { ["type"] = RandomName(), [RandomName()] = RandomValue(2) });
                    activity["locale"] = Pick(["xx-YY", "", "en-US-x-private", "😀", "zz", "en_GB", "tlh-Latn"]);
                    kinds.Add("unknown entity and locale");
                    break;
                default:
                    activity["text"] = LongText(maxMessageLength + _random.Next(1, 500));
                    kinds.Add("text over the message limit");
                    break;
            }
        }
        return new FuzzCase("odd but valid (" + string.Join(", ", kinds) + ")", activity.ToJsonString(), OddButValid: true);
    }

    private FuzzCase InvalidJson()
    {
        var valid = validActivity().ToJsonString();
        var body = _random.Next(8) switch
        {
            0 => valid[.._random.Next(1, valid.Length - 1)],
            1 => valid.Insert(_random.Next(1, valid.Length - 1), Pick(["}", "]", ",", ":", "\"", "\\", "{", "\u0001"])),
            2 => Encoding.Latin1.GetString([.. Enumerable.Range(0, _random.Next(1, 200)).Select(_ => (byte)_random.Next(256))]),
            3 => Pick(["", " ", "null", "[]", "[1,2,3]", "\"message\"", "42", "true"]),
            4 => valid.Replace('"', '\''),
            5 => valid.Replace("\"text\":", "\"text\":NaN,\"x\":", StringComparison.Ordinal),
            6 => valid + Pick(["}", " trailing", "{}", ","]),
            _ => "{" + valid,
        };
        return new FuzzCase("invalid JSON", body, OddButValid: false);
    }

    private FuzzCase WrongType()
    {
        var activity = validActivity();
        var field = Pick(["text", "from", "conversation", "timestamp", "attachments", "entities", "type", "serviceUrl", "deliveryMode", "recipient", "channelId", "suggestedActions"]);
        activity[field] = Pick<JsonNode?>([123, true, new JsonArray(1, 2), new JsonObject { ["x"] = 1 }, "not-a-" + field, 1e308, -1]);
        return new FuzzCase($"wrong type for {field}", activity.ToJsonString(), OddButValid: false);
    }

    private FuzzCase MissingField()
    {
        var activity = validActivity();
        var field = Pick(RequiredFields);
        switch (_random.Next(3))
        {
            case 0:
                activity.Remove(field);
                break;
            case 1:
                activity[field] = null;
                break;
            default:
                activity[field] = field is "conversation" or "from" ? new JsonObject() : "";
                break;
        }
        return new FuzzCase($"missing {field}", activity.ToJsonString(), OddButValid: false);
    }

    private FuzzCase UnknownType()
    {
        var activity = validActivity();
        activity["type"] = Pick(["reaction", "MESSAGE", "message ", "🙂", new string('t', 5000), "null", "delete", "suggestion", "trace", "handoff"]);
        return new FuzzCase("unknown activity type", activity.ToJsonString(), OddButValid: false);
    }

    private FuzzCase DeepNesting()
    {
        var activity = validActivity();
        var depth = _random.Next(65, 400);
        var arrays = _random.Next(2) == 0;
        var opening = arrays ? "[" : "{\"a\":";
        var closing = arrays ? "]" : "}";
        var nested = string.Concat(Enumerable.Repeat(opening, depth)) + "1" + string.Concat(Enumerable.Repeat(closing, depth));
        var json = activity.ToJsonString();
        return new FuzzCase($"value nested {depth} deep", json[..^1] + ",\"value\":" + nested + "}", OddButValid: false);
    }

    private FuzzCase HugeField()
    {
        var activity = validActivity();
        var field = Pick(["text", "channelData", "name"]);
        activity[field] = new string('x', maxBodyBytes + _random.Next(1, 100_000));
        return new FuzzCase($"huge {field}", activity.ToJsonString(), OddButValid: false);
    }

    private string LongText(int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(Pick(Words)).Append(' ');
        }
        return text.ToString(0, length);
    }

    private string RandomName() => Pick(["x", "_odd", "über", "$type", "💥", "a.b", "__proto__", "constructor", ""]) + _random.Next(1000);

    private JsonNode? RandomValue(int depth) => (depth <= 0 ? _random.Next(4) : _random.Next(6)) switch
    {
        0 => null,
        1 => _random.Next(),
        2 => Pick(OddText),
        3 => _random.NextDouble() > 0.5,
        4 => new JsonArray(RandomValue(depth - 1), RandomValue(depth - 1)),
        _ => new JsonObject { [RandomName()] = RandomValue(depth - 1) },
    };

    private T Pick<T>(T[] options) => options[_random.Next(options.Length)];
}
