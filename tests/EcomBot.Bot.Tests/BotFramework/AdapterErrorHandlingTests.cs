using System.Text;
using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EcomBot.Bot.Tests.BotFramework;

/// <summary>A turn that throws: the customer gets an apology, the flow in progress ends, and who they are stays.</summary>
public sealed class AdapterErrorHandlingTests
{
    private const string StateKey = "test/conversations/c1";

    private static readonly Activity Message = new(ActivityTypes.Message)
    {
        Text = "boom",
        ChannelId = "test",
        ServiceUrl = "http://localhost/",
        DeliveryMode = DeliveryModes.ExpectReplies,
        From = new ChannelAccount("u1"),
        Recipient = new ChannelAccount("bot"),
        Conversation = new ConversationAccount(id: "c1"),
    };

    [Fact]
    public async Task AFailedTurnApologisesEndsTheFlowAndKeepsTheCustomerAndTheTranscript()
    {
        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        await SaveAsync(conversationState, new ConversationData
        {
            CustomerId = "raj_sanchez_7340",
            ActiveFlow = "returns",
            FlowState = "{\"step\":\"confirm\"}",
            OfferedChoices = ["Yes", "No"],
            AwaitingFreeText = true,
            Welcomed = true,
            Transcript = [new TranscriptLine { From = "customer", Text = "I want to return #W7736708" }],
        });

        var replies = await RunFailingTurnAsync(conversationState);

        Assert.Contains(replies, t => t is not null && t.StartsWith("Sorry, something went wrong", StringComparison.Ordinal));
        var after = await LoadAsync(conversationState);
        Assert.Equal("raj_sanchez_7340", after.CustomerId);
        Assert.True(after.Welcomed);
        Assert.Equal("I want to return #W7736708", Assert.Single(after.Transcript).Text);
        Assert.Null(after.ActiveFlow);
        Assert.Null(after.FlowState);
        Assert.Empty(after.OfferedChoices);
        Assert.False(after.AwaitingFreeText);
    }

    [Fact]
    public async Task WhatTheFailedTurnChangedHalfWayIsNotKept()
    {
        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        await SaveAsync(conversationState, new ConversationData { CustomerId = "raj_sanchez_7340" });

        await RunFailingTurnAsync(conversationState);

        var stored = await storage.ReadAsync([StateKey], CancellationToken.None);
        var state = JObject.FromObject(stored[StateKey]);
        Assert.Null(state["progress"]);
        Assert.Equal("raj_sanchez_7340", (await LoadAsync(conversationState)).CustomerId);
    }

    [Fact]
    public async Task StateThatCannotBeReadIsClearedSoTheConversationCanGoOn()
    {
        var storage = new UnreadableStorage();

        await RunFailingTurnAsync(new ConversationState(storage));

        Assert.Equal([StateKey], storage.Deleted);
    }

    private static async Task<List<string?>> RunFailingTurnAsync(ConversationState conversationState)
    {
        var adapter = new EcomBotAdapter(
            new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()),
            new FailedTurnRecovery(conversationState, NullLogger<FailedTurnRecovery>.Instance),
            Options.Create(new BotOptions { TypingDelayMilliseconds = 5000 }),
            NullLogger<EcomBotAdapter>.Instance);
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(Message)));
        http.Response.Body = new MemoryStream();

        await adapter.ProcessAsync(http.Request, http.Response, new FailingBot(conversationState), CancellationToken.None);

        http.Response.Body.Position = 0;
        var body = JObject.Parse(await new StreamReader(http.Response.Body).ReadToEndAsync());
        return body["activities"]!.Select(a => (string?)a["text"]).ToList();
    }

    private static async Task SaveAsync(ConversationState conversationState, ConversationData data)
    {
        var turn = new TurnContext(new TestAdapterStub(), Message);
        await conversationState.CreateProperty<ConversationData>(nameof(ConversationData)).SetAsync(turn, data);
        await conversationState.SaveChangesAsync(turn);
    }

    private static async Task<ConversationData> LoadAsync(ConversationState conversationState)
    {
        var turn = new TurnContext(new TestAdapterStub(), Message);
        await conversationState.LoadAsync(turn, force: true);
        return await conversationState.CreateProperty<ConversationData>(nameof(ConversationData)).GetAsync(turn, () => new ConversationData());
    }

    /// <summary>Changes state half way (the flow's data and another property), saves part of it, then fails.</summary>
    private sealed class FailingBot(ConversationState conversationState) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            var data = await conversationState.CreateProperty<ConversationData>(nameof(ConversationData))
                .GetAsync(turnContext, () => new ConversationData(), cancellationToken);
            data.FlowState = "half way";
            await conversationState.CreateProperty<string>("progress").SetAsync(turnContext, "half way", cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
            throw new InvalidOperationException("flow bug");
        }
    }

    private sealed class TestAdapterStub : BotAdapter
    {
        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
            Task.FromResult(Array.Empty<ResourceResponse>());

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }

    /// <summary>State that no longer deserialises (a type the binder refuses, a damaged document).</summary>
    private sealed class UnreadableStorage : IStorage
    {
        public List<string> Deleted { get; } = [];

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            throw new JsonSerializationException("Type 'Evil.Gadget' is not allowed in bot state.");

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            Deleted.AddRange(keys);
            return Task.CompletedTask;
        }
    }
}
