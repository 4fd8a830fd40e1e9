using EcomBot.Bot.Commerce;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Tools.Replay;

/// <summary>The benchmark's retail tools by name, with its argument names, over an <see cref="ICommerceStore"/>:
/// the surface recorded tool calls are replayed against. Results are the store's JSON; refusals throw
/// <see cref="CommerceException"/>.</summary>
public sealed class RetailToolset(ICommerceStore store)
{
    /// <summary>What the benchmark's transfer tool answers; the handoff itself belongs to the support flows.</summary>
    public const string TransferAcknowledgement = "Transfer successful";

    public async Task<JsonNode?> InvokeAsync(string action, JsonObject arguments, CancellationToken cancellationToken = default)
    {
        var a = new Arguments(arguments);
        object result = action switch
        {
            "find_user_id_by_email" => await store.FindUserIdByEmailAsync(a.Text("email"), cancellationToken),
            "find_user_id_by_name_zip" => await store.FindUserIdByNameZipAsync(a.Text("first_name"), a.Text("last_name"), a.Text("zip"), cancellationToken),
            "get_user_details" => await store.GetUserAsync(a.Text("user_id"), cancellationToken),
            "get_order_details" => await store.GetOrderAsync(a.Text("order_id"), cancellationToken),
            "get_product_details" => await store.GetProductAsync(a.Text("product_id"), cancellationToken),
            "get_item_details" => await store.GetItemAsync(a.Text("item_id"), cancellationToken),
            "list_all_product_types" => PythonStyleJson(await store.ListProductTypesAsync(cancellationToken)),
            "calculate" => ArithmeticExpression.Calculate(a.Text("expression")),
            "cancel_pending_order" => await store.CancelPendingOrderAsync(a.Text("order_id"), a.Text("reason"), cancellationToken),
            "modify_pending_order_address" => await store.ModifyPendingOrderAddressAsync(a.Text("order_id"), a.Address(), cancellationToken),
            "modify_pending_order_items" => await store.ModifyPendingOrderItemsAsync(
                a.Text("order_id"), a.Texts("item_ids"), a.Texts("new_item_ids"), a.Text("payment_method_id"), cancellationToken),
            "modify_pending_order_payment" => await store.ModifyPendingOrderPaymentAsync(a.Text("order_id"), a.Text("payment_method_id"), cancellationToken),
            "modify_user_address" => await store.ModifyUserAddressAsync(a.Text("user_id"), a.Address(), cancellationToken),
            "return_delivered_order_items" => await store.ReturnDeliveredOrderItemsAsync(
                a.Text("order_id"), a.Texts("item_ids"), a.Text("payment_method_id"), cancellationToken),
            "exchange_delivered_order_items" => await store.ExchangeDeliveredOrderItemsAsync(
                a.Text("order_id"), a.Texts("item_ids"), a.Texts("new_item_ids"), a.Text("payment_method_id"), cancellationToken),
            "transfer_to_human_agents" => Acknowledge(a.Text("summary")),
            _ => throw new CommerceException($"Unknown tool {action}"),
        };
        return JsonSerializer.SerializeToNode(result, result.GetType(), CommerceJson.Options);
    }

    private static string Acknowledge(string summary) =>
        string.IsNullOrWhiteSpace(summary) ? throw new CommerceException("A summary is required") : TransferAcknowledgement;

    // The benchmark returns this list as text produced by Python's json.dumps, separators included.
    private static string PythonStyleJson(IReadOnlyDictionary<string, string> types) =>
        "{" + string.Join(", ", types.Select(t => $"{JsonSerializer.Serialize(t.Key)}: {JsonSerializer.Serialize(t.Value)}")) + "}";

    private sealed class Arguments(JsonObject json)
    {
        public string Text(string name) => json[name] is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw new CommerceException($"Missing argument {name}");

        public IReadOnlyList<string> Texts(string name) => json[name] is JsonArray array
            ? array.Select(x => x?.GetValue<string>() ?? throw new CommerceException($"Argument {name} holds a null")).ToList()
            : throw new CommerceException($"Missing argument {name}");

        public Address Address() =>
            new(Text("address1"), Text("address2"), Text("city"), Text("country"), Text("state"), Text("zip"));
    }
}
