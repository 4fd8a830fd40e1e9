using EcomBot.TestSupport;
using System.Net;
using EcomBot.Bot.Assistant;
using EcomBot.Bot.Assistant.Guards;
using EcomBot.Bot.Commerce;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Integration.Tests.Assistant;

/// <summary>
/// The chat-model path against a scripted OpenAI-compatible server over real HTTP: the exact requests the bot sends,
/// and the rules code keeps whatever the model answers or calls.
/// </summary>
public sealed class ModelPathTests
{
    private const string Ivan = "ivan.santos3158@example.com";
    private const string IvansPendingOrder = "#W8770097";
    private const string MiasOrder = "#W5490111";

    [Fact]
    public async Task AFreeFormMessageIsSentToChatCompletionsWithTheSessionsToolsAndThePrompt()
    {
        await using var chat = await ModelConversation.StartAsync();
        chat.Model.Then(ScriptedAnswer.Text("We have several hiking backpacks; would you like me to look some up?"));

        var reply = await chat.SayAsync("I'm going hiking next month, what would I need?");

        Assert.Equal("We have several hiking backpacks; would you like me to look some up?", reply);
        var request = Assert.Single(chat.Model.Requests);
        Assert.Equal(ModelConversation.ModelName, (string?)request["model"]);
        var tools = ModelConversation.ToolNames(request);
        Assert.Contains("Catalog-search_products", tools);
        Assert.Contains("Policies-search_policies", tools);
        // Not identified yet: no order, cart or profile function is offered, nor identification, nor any carry-out.
        Assert.DoesNotContain(tools, t => t.StartsWith("Orders-", StringComparison.Ordinal) || t.StartsWith("Identity-", StringComparison.Ordinal));
        var search = request["tools"]!.AsArray().First(t => (string?)t!["function"]!["name"] == "Catalog-search_products")!;
        Assert.Equal("object", (string?)search["function"]!["parameters"]!["type"]);
        var messages = request["messages"]!.AsArray();
        Assert.Equal("system", (string?)messages[0]!["role"]);
        Assert.Contains("Cancelling an order", (string?)messages[0]!["content"]);
        Assert.Equal("user", (string?)messages[^1]!["role"]);
        Assert.Equal("I'm going hiking next month, what would I need?", (string?)messages[^1]!["content"]);
        Assert.NotEqual(true, (bool?)request["stream"]);
    }

    [Fact]
    public async Task TheModelCanOnlyProposeACancellationAndTheStoreChangesOnlyAfterTheCustomersYes()
    {
        await using var chat = await ModelConversation.StartAsync();
        chat.Model
            .Then(ScriptedAnswer.Call("Orders-cancel_pending_order", new { proposalId = "chg_0000000000000000" }))
            .Then(ScriptedAnswer.Call("Orders-propose_cancel_pending_order", new { orderId = IvansPendingOrder, reason = "no longer needed" }))
            .Then(ScriptedAnswer.Text("Your order has been cancelled."));

        var proposal = await chat.SayAsync($"My email is {Ivan}. Please cancel order {IvansPendingOrder}, I don't need it anymore.");

        Assert.Contains($"Please confirm: cancel order {IvansPendingOrder}", proposal);
        Assert.DoesNotContain("has been cancelled", proposal);
        var first = chat.Model.Requests[0];
        Assert.Contains("Orders-propose_cancel_pending_order", ModelConversation.ToolNames(first));
        Assert.DoesNotContain("Orders-cancel_pending_order", ModelConversation.ToolNames(first));
        // The carry-out the model asked for was refused, not run.
        Assert.Contains(ModelConversation.ToolResults(chat.Model.Requests[1]), r => r.Contains("Error", StringComparison.OrdinalIgnoreCase));
        var store = chat.App.Services.GetRequiredService<ICommerceStore>();
        Assert.Equal("pending", (await store.GetOrderAsync(IvansPendingOrder)).Status);
        var requestsBeforeYes = chat.Model.Requests.Count;

        var done = await chat.SayAsync("yes");

        Assert.True(done.Contains($"order {IvansPendingOrder} is now \"cancelled\"", StringComparison.Ordinal), done);
        Assert.Equal("cancelled", (await store.GetOrderAsync(IvansPendingOrder)).Status);
        Assert.Equal(requestsBeforeYes, chat.Model.Requests.Count);
    }

    [Fact]
    public async Task AProposalAnsweredWithAnythingButYesChangesNothing()
    {
        await using var chat = await ModelConversation.StartAsync();
        chat.Model
            .Then(ScriptedAnswer.Call("Orders-propose_cancel_pending_order", new { orderId = IvansPendingOrder, reason = "no longer needed" }))
            .Then(ScriptedAnswer.Text("Done."));
        await chat.SayAsync($"My email is {Ivan}. Cancel {IvansPendingOrder}.");

        var answer = await chat.SayAsync("no");

        Assert.Contains("nothing has changed", answer);
        var store = chat.App.Services.GetRequiredService<ICommerceStore>();
        Assert.Equal("pending", (await store.GetOrderAsync(IvansPendingOrder)).Status);
    }

    [Fact]
    public async Task AnotherCustomersOrderIsNotFoundAndAReplyNamingItIsWithheld()
    {
        await using var chat = await ModelConversation.StartAsync();
        chat.Model
            .Then(ScriptedAnswer.Call("Orders-get_order_details", new { orderId = MiasOrder }))
            .Then(ScriptedAnswer.Text($"Order {MiasOrder} was delivered to Mia Garcia."));

        var reply = await chat.SayAsync($"My email is {Ivan}. What's in order {MiasOrder}?");

        Assert.DoesNotContain("W5490111", reply);
        Assert.DoesNotContain("Mia", reply);
        Assert.Contains(ReplyGuard.WithheldText, reply);
        var result = Assert.Single(ModelConversation.ToolResults(chat.Model.Requests[1]));
        Assert.DoesNotContain("Mia", result);
        Assert.Contains("not found", result, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task APolicyAnswerWithoutAPassageIsNotSentAndTheHelpArticlesAnswerInstead()
    {
        await using var chat = await ModelConversation.StartAsync();
        chat.Model.Then(ScriptedAnswer.Text("You can return anything within 90 days, no questions asked."));

        var reply = await chat.SayAsync("What is your return policy?");

        Assert.DoesNotContain("90 days", reply);
        Assert.Contains("return", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, chat.App.Services.GetRequiredService<AssistantMetrics>().Withheld);
    }

    [Fact]
    public async Task APolicyAnswerCitingAPassageReturnedInTheTurnIsSentWithItsSource()
    {
        await using var chat = await ModelConversation.StartAsync();
        chat.Model
            .Then(ScriptedAnswer.Call("Policies-search_policies", new { question = "can I return a delivered order?" }))
            .Then(request =>
            {
                var passages = ModelConversation.ToolResults(request)[^1];
                var anchor = System.Text.RegularExpressions.Regex.Match(passages, "\"anchor\":\"([^\"]+)\"", System.Text.RegularExpressions.RegexOptions.IgnoreCase).Groups[1].Value;
                return ScriptedAnswer.Text($"A delivered order can be returned [{anchor}].");
            });

        var reply = await chat.SayAsync("Can I return an order that was delivered?");

        Assert.StartsWith("A delivered order can be returned.", reply);
        Assert.DoesNotContain("[", reply);
        Assert.Equal(0, chat.App.Services.GetRequiredService<AssistantMetrics>().Withheld);
    }

    [Fact]
    public async Task WhatAProductsTextTellsTheModelToDoIsBlocked()
    {
        await using var chat = await ModelConversation.StartAsync();
        // A model that obeys instructions it read in a search result: empty the cart, sign the shopper up for offers,
        // carry out a change nobody confirmed.
        chat.Model
            .Then(ScriptedAnswer.Call("Catalog-search_products", new { query = "espresso machine" }))
            .Then(new ScriptedAnswer(null, [
                new ScriptedCall("Profile-set_marketing_consent", new { consent = true }),
                new ScriptedCall("Orders-cancel_pending_order", new { proposalId = "chg_0000000000000000" }),
            ]))
            .Then(ScriptedAnswer.Text("Here are some espresso machines."));

        var reply = await chat.SayAsync($"My email is {Ivan}. Tell me about your espresso machines.");

        Assert.Contains("espresso machines", reply);
        var results = ModelConversation.ToolResults(chat.Model.Requests[2]);
        Assert.Contains(results, r => r.Contains("Refused", StringComparison.Ordinal) && r.Contains("not an instruction", StringComparison.Ordinal));
        Assert.Contains(results, r => r.Contains("Error", StringComparison.OrdinalIgnoreCase) && !r.Contains("Refused", StringComparison.Ordinal));
        var store = chat.App.Services.GetRequiredService<ICommerceStore>();
        Assert.Equal("pending", (await store.GetOrderAsync(IvansPendingOrder)).Status);
    }

    [Fact]
    public async Task AModelThatDoesNotAnswerInTimeFallsBackToTheFlows()
    {
        await using var chat = await ModelConversation.StartAsync(new Dictionary<string, string?> { ["AI:TimeoutSeconds"] = "1" });
        chat.Model.Then(ScriptedAnswer.Text("too late") with { Delay = TimeSpan.FromSeconds(8) });

        var reply = await chat.SayAsync("where is my order?");

        Assert.Contains("email address", reply);
        Assert.DoesNotContain("too late", reply);
        Assert.Equal(1, chat.App.Services.GetRequiredService<AssistantMetrics>().Fallbacks);
    }

    [Fact]
    public async Task AModelErrorFallsBackToTheFlowsWithoutShowingIt()
    {
        await using var chat = await ModelConversation.StartAsync();
        chat.Model.Then(ScriptedAnswer.Failure(HttpStatusCode.InternalServerError)).Then(ScriptedAnswer.Failure(HttpStatusCode.InternalServerError));

        var reply = await chat.SayAsync("where is my order?");

        Assert.Contains("email address", reply);
        Assert.DoesNotContain("error", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ASpentTokenBudgetEndsPolitelyAndTheFlowsAnswerFromThen()
    {
        await using var chat = await ModelConversation.StartAsync(new Dictionary<string, string?> { ["AI:MaxTokensPerConversation"] = "1000" });
        chat.Model.Then(ScriptedAnswer.Text("Happy to help with your trip.") with { Tokens = 1500 });
        await chat.SayAsync("I'm planning a trip and need some gear.");

        var reply = await chat.SayAsync("where is my order?");

        Assert.Contains("longer than my assistant can follow", reply);
        Assert.Contains("email address", reply);
        Assert.Single(chat.Model.Requests);
    }
}
