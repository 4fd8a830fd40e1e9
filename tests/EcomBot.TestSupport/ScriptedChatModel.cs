using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EcomBot.TestSupport;

/// <summary>
/// An OpenAI-compatible chat completions server on a loopback port, for the tests: it keeps every request exactly as
/// it arrived (tools and their schemas, messages, the streaming flag) and answers each with the next step of its
/// script: text, function calls, a delay, or an error status.
/// </summary>
public sealed class ScriptedChatModel : IAsyncDisposable
{
    private readonly WebApplication _server;
    private readonly Queue<Func<JsonObject, ScriptedAnswer>> _script = new();
    private readonly List<JsonObject> _requests = [];
    private Func<JsonObject, ScriptedAnswer>? _fallback;

    private ScriptedChatModel(WebApplication server) => _server = server;

    /// <summary>The base address to configure as <c>AI:Endpoint</c>, e.g. http://127.0.0.1:41234/v1.</summary>
    public string Endpoint { get; private set; } = "";

    public IReadOnlyList<JsonObject> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<ScriptedChatModel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var model = new ScriptedChatModel(app);
        app.MapPost("/v1/chat/completions", model.AnswerAsync);
        await app.StartAsync();
        model.Endpoint = app.Urls.First().TrimEnd('/') + "/v1";
        return model;
    }

    /// <summary>Answers the next request with <paramref name="answer"/>.</summary>
    public ScriptedChatModel Then(ScriptedAnswer answer) => Then(_ => answer);

    /// <summary>Answers every request the script has no step for with what <paramref name="respond"/> makes of it.</summary>
    public ScriptedChatModel Always(Func<JsonObject, ScriptedAnswer> respond)
    {
        _fallback = respond;
        return this;
    }

    /// <summary>Answers the next request with what <paramref name="respond"/> makes of it (a model that reads what it was sent).</summary>
    public ScriptedChatModel Then(Func<JsonObject, ScriptedAnswer> respond)
    {
        lock (_script)
        {
            _script.Enqueue(respond);
        }
        return this;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        Func<JsonObject, ScriptedAnswer>? respond;
        lock (_requests)
        {
            _requests.Add(request);
        }
        lock (_script)
        {
            _script.TryDequeue(out respond);
        }
        var answer = (respond ?? _fallback)?.Invoke(request) ?? ScriptedAnswer.Text("(the script has no more answers)");
        if (answer.Delay > TimeSpan.Zero)
        {
            await Task.Delay(answer.Delay, context.RequestAborted);
        }
        if (answer.Status != HttpStatusCode.OK)
        {
            context.Response.StatusCode = (int)answer.Status;
            await context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "server_error" } });
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Completion(answer).ToJsonString());
    }

    private static JsonObject Completion(ScriptedAnswer answer)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = answer.Content };
        if (answer.ToolCalls.Count > 0)
        {
            message["tool_calls"] = new JsonArray([.. answer.ToolCalls.Select((call, i) => (JsonNode)new JsonObject
            {
                ["id"] = $"call_{Guid.NewGuid():N}"[..16] + i,
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = JsonSerializer.Serialize(call.Arguments) },
            })]);
        }
        return new JsonObject
        {
            ["id"] = "chatcmpl-scripted",
            ["object"] = "chat.completion",
            ["created"] = 1_760_000_000,
            ["model"] = "scripted",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["finish_reason"] = answer.ToolCalls.Count > 0 ? "tool_calls" : "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = answer.Tokens - 10, ["completion_tokens"] = 10, ["total_tokens"] = answer.Tokens },
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
    }
}

/// <summary>One scripted model answer.</summary>
public sealed record ScriptedAnswer(string? Content, IReadOnlyList<ScriptedCall> ToolCalls)
{
    public TimeSpan Delay { get; init; }

    public HttpStatusCode Status { get; init; } = HttpStatusCode.OK;

    /// <summary>The total tokens the answer reports in its usage.</summary>
    public int Tokens { get; init; } = 100;

    public static ScriptedAnswer Text(string content) => new(content, []);

    public static ScriptedAnswer Call(string name, object arguments) => new(null, [new ScriptedCall(name, arguments)]);

    public static ScriptedAnswer Failure(HttpStatusCode status) => new(null, []) { Status = status };
}

/// <summary>A function call the scripted model makes: the function's name as the tools list gave it, and its arguments.</summary>
public sealed record ScriptedCall(string Name, object Arguments);
