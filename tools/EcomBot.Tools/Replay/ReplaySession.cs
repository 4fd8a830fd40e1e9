using System.Text.Json;
using System.Text.Json.Nodes;
using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Plugins.Calls;

namespace EcomBot.Tools.Replay;

/// <summary>
/// One replayed task as a conversation with the bot's kernel functions: each recorded tool call becomes the plugin call a
/// flow would make, through every filter. A recorded change is proposed, then confirmed by the customer's "yes" on the
/// next turn (recorded by the bot's own yes/no handler), then carried out: there is no other way to change the store.
/// The recordings authenticate the customer either with a look-up (find_user_*) or not at all; then the session is
/// the owner of the records the task touches, standing in for the identification the conversation would do.
/// </summary>
internal sealed class ReplaySession(TurnSessions sessions, StoreDatabase database, string taskId)
{
    private readonly ConversationData _conversation = new();
    private readonly CustomerMessage _message = new("", "replay", "replay-customer", "replay-" + taskId);

    public async Task<JsonNode?> InvokeAsync(string action, JsonObject arguments, CancellationToken cancellationToken)
    {
        var a = new Arguments(arguments);
        AuthenticateFor(a);
        var functions = NextTurn();
        object? result = action switch
        {
            "find_user_id_by_email" => Identified(await functions.Identity.FindByEmailAsync(a.Text("email"), cancellationToken)),
            "find_user_id_by_name_zip" => Identified(await functions.Identity.FindByNameZipAsync(a.Text("first_name"), a.Text("last_name"), a.Text("zip"), cancellationToken)),
            "get_user_details" => await OwnAccountAsync(functions, a.Text("user_id"), cancellationToken),
            "get_order_details" => await functions.Orders.GetAsync(a.Text("order_id"), cancellationToken),
            "get_product_details" => await functions.Catalog.GetProductAsync(a.Text("product_id"), cancellationToken),
            "get_item_details" => (await functions.Catalog.ViewItemAsync(a.Text("item_id"), cancellationToken)).Variant,
            "list_all_product_types" => PythonStyleJson(await functions.Catalog.ListProductTypesAsync(cancellationToken)),
            "calculate" => ArithmeticExpression.Calculate(a.Text("expression")),
            "transfer_to_human_agents" => await TransferAsync(functions, a.Text("summary"), cancellationToken),
            _ => await ChangeAsync(functions, Change(action, a), cancellationToken),
        };
        return result is null ? null : JsonSerializer.SerializeToNode(result, result.GetType(), CommerceJson.Options);
    }

    private TurnFunctions NextTurn()
    {
        _conversation.Turn++;
        return sessions.FunctionsFor(_message, _conversation);
    }

    private string Identified(string? customerId)
    {
        _conversation.CustomerId = customerId ?? throw new CommerceException("User not found");
        return customerId;
    }

    private void AuthenticateFor(Arguments a)
    {
        if (_conversation.CustomerId is not null)
        {
            return;
        }
        var owner = a.Optional("user_id") ?? (a.Optional("order_id") is { } orderId ? database.Orders.GetValueOrDefault(orderId)?.UserId : null);
        _conversation.CustomerId = owner;
    }

    private static async Task<User> OwnAccountAsync(TurnFunctions functions, string userId, CancellationToken cancellationToken) =>
        functions.Session.CustomerId == userId
            ? await functions.Orders.GetAccountAsync(cancellationToken)
            : throw new CommerceException("User not found");

    private static async Task<string> TransferAsync(TurnFunctions functions, string summary, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            throw new CommerceException("A summary is required");
        }
        await functions.Handoff.TransferAsync(HandoffReason.OutOfScope, summary, cancellationToken);
        return "Transfer successful";
    }

    /// <summary>Propose, then the customer's yes on the next turn, then carry out; the result is the changed record.</summary>
    private async Task<object> ChangeAsync(TurnFunctions functions, AccountChange change, CancellationToken cancellationToken)
    {
        var proposal = await functions.Orders.ProposeAsync(change, cancellationToken);
        var confirming = NextTurn();
        ProposalAnswers.Record(_message with { Text = "yes" }, confirming.Session);
        var outcome = await confirming.Orders.CarryOutAsync(proposal, cancellationToken);
        return (object?)outcome.OrderAfter ?? outcome.AccountAfter;
    }

    private AccountChange Change(string action, Arguments a) => action switch
    {
        "cancel_pending_order" => new CancelPendingOrder(a.Text("order_id"), a.Text("reason")),
        "modify_pending_order_address" => new ModifyPendingOrderAddress(a.Text("order_id"), a.Address()),
        "modify_pending_order_items" => new ModifyPendingOrderItems(a.Text("order_id"), a.Texts("item_ids"), a.Texts("new_item_ids"), a.Text("payment_method_id")),
        "modify_pending_order_payment" => new ModifyPendingOrderPayment(a.Text("order_id"), a.Text("payment_method_id")),
        "modify_user_address" => a.Text("user_id") == _conversation.CustomerId
            ? new ModifyDefaultAddress(a.Address())
            : throw new CommerceException("User not found"),
        "return_delivered_order_items" => new ReturnDeliveredOrderItems(a.Text("order_id"), a.Texts("item_ids"), a.Text("payment_method_id")),
        "exchange_delivered_order_items" => new ExchangeDeliveredOrderItems(a.Text("order_id"), a.Texts("item_ids"), a.Texts("new_item_ids"), a.Text("payment_method_id")),
        _ => throw new CommerceException($"Unknown tool {action}"),
    };

    // The benchmark returns this list as text produced by Python's json.dumps, separators included.
    private static string PythonStyleJson(IReadOnlyDictionary<string, string> types) =>
        "{" + string.Join(", ", types.Select(t => $"{JsonSerializer.Serialize(t.Key)}: {JsonSerializer.Serialize(t.Value)}")) + "}";

    private sealed class Arguments(JsonObject json)
    {
        public string? Optional(string name) => json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

        public string Text(string name) => Optional(name) ?? throw new CommerceException($"Missing argument {name}");

        public IReadOnlyList<string> Texts(string name) => json[name] is JsonArray array
            ? array.Select(x => x?.GetValue<string>() ?? throw new CommerceException($"Argument {name} holds a null")).ToList()
            : throw new CommerceException($"Missing argument {name}");

        public Address Address() =>
            new(Text("address1"), Text("address2"), Text("city"), Text("country"), Text("state"), Text("zip"));
    }
}
