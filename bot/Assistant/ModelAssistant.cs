using EcomBot.Bot.Assistant.Guards;
using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Conversation.Support.Orders;
using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Bot.Plugins.Calls;
using EcomBot.Bot.Plugins.Kernels;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace EcomBot.Bot.Assistant;

/// <summary>
/// A turn on the chat model: Semantic Kernel chooses and calls the session kernel's functions itself
/// (<see cref="FunctionChoiceBehavior.Auto"/>), every call passing the same filters as the flows' calls. Code keeps the
/// rules: identification is the deterministic step; the model is offered no function that carries out a change, only
/// the proposals, which the bot words itself and carries out after the customer's yes (<see cref="AssistantChangeFlow"/>);
/// the reply passes <see cref="ReplyGuard"/> before it leaves; limits and errors fall back to the flows.
/// </summary>
public sealed partial class ModelAssistant(
    IChatCompletionService chat,
    AssistantPrompt prompt,
    ReplyGuard guard,
    PluginCatalog plugins,
    FlowCatalog flows,
    IIntentClassifier classifier,
    CustomerIdentification identification,
    AssistantMetrics metrics,
    IOptions<AssistantOptions> options,
    IOptions<PublicAddressOptions> publicAddress,
    TimeProvider clock,
    ILogger<ModelAssistant> logger) : IAssistantPath
{
    private const string IdentifyFlow = "identify-customer";
    private readonly AssistantOptions _options = options.Value;

    public bool IsEnabled => true;

    public bool TakesUnrecognised => _options.Routing == ModelRouting.FlowsFirst;

    public bool TakesFirst(CustomerMessage message, ConversationData conversation, TurnFunctions functions)
    {
        if (_options.Routing != ModelRouting.ModelFirst || ButtonAction.From(message.Value) is not null || conversation.ActiveFlow == IdentifyFlow)
        {
            return false;
        }
        // The yes or no to a proposed change is code's; anything else the customer says instead goes to the model.
        return functions.Session.Proposals.AwaitingAnswer is null || !AssistantChangeFlow.IsYesOrNo(message.Text);
    }

    public async Task<AssistantAnswer> AnswerAsync(
        CustomerMessage message, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken)
    {
        var memory = conversation.Assistant;
        var now = clock.GetUtcNow();
        if (memory.TokensUsed >= _options.MaxTokensPerConversation)
        {
            return FellBack(memory, "budget", AssistantReplies.BudgetSpent);
        }
        memory.RecentTurns.RemoveAll(t => now - t >= TimeSpan.FromMinutes(1));
        if (memory.RecentTurns.Count >= _options.TurnsPerMinute)
        {
            return FellBack(memory, "rate", AssistantReplies.TooFast);
        }
        memory.RecentTurns.Add(now);

        var reading = await classifier.ClassifyAsync(message.Text, cancellationToken);
        var replies = new List<BotReply>();
        var justIdentified = false;
        if (conversation.CustomerId is null && CustomerDetails.Read(message.Text, reading) is not null)
        {
            var step = await IdentifyAsync(message, reading, conversation, functions, cancellationToken);
            replies.AddRange(step.Replies);
            if (conversation.CustomerId is null)
            {
                return new AssistantAnswer(replies);
            }
            justIdentified = true;
        }

        // The model takes this turn: a change still waiting for a yes was not answered with one.
        ProposalAnswers.Withdraw(functions.Session);
        var kernel = functions.Kernel.Clone();
        var watch = new ToolTurnWatch(_options.MaxToolRounds, new CustomerAsks(message.Text, reading, flows));
        kernel.AutoFunctionInvocationFilters.Add(watch);
        // The customer's account, read once: the prompt names them, the reply guard knows their orders and email.
        var account = conversation.CustomerId is null ? null : await functions.Orders.GetAccountAsync(cancellationToken);
        var history = History(message, conversation, account, justIdentified);
        var askedBefore = history.Count;
        ChatMessageContent answer;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds * Math.Max(1, _options.MaxToolRounds)));
            answer = await chat.GetChatMessageContentAsync(history, Settings(kernel), kernel, timeout.Token);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            LogModelFailed(logger, error, Reason(error));
            return FellBack(memory, Reason(error), null);
        }
        memory.TokensUsed += TokensOf(history.Skip(askedBefore).Append(answer));

        if (functions.Session.Proposals.AwaitingAnswer is { } proposal && proposal.ProposedOnTurn == conversation.Turn)
        {
            AssistantChangeFlow.Await(conversation, proposal);
            var confirmation = await ProposalText.ConfirmationAsync(proposal, functions, cancellationToken);
            conversation.OfferedChoices = [.. confirmation.SuggestedActions];
            conversation.OfferedChoiceWords = [];
            conversation.AwaitingFreeText = false;
            replies.Add(confirmation);
            return Answered(memory, replies);
        }
        if (watch.RoundsExhausted)
        {
            return FellBack(memory, "rounds", AssistantReplies.TooManySteps);
        }
        var facts = Facts(account, watch, reading);
        var checkedReply = guard.Check(answer.Content ?? "", facts);
        if (checkedReply.WithheldBy is { } withheldBy)
        {
            metrics.Withhold(withheldBy);
            LogWithheld(logger, withheldBy);
            if (withheldBy != "foreign-data")
            {
                return FellBack(memory, "guard", null);
            }
            EndFlowInProgress(conversation);
            replies.Add(BotReply.Say(ReplyGuard.WithheldText));
            return Answered(memory, replies);
        }
        EndFlowInProgress(conversation);
        replies.Add(new BotReply { Text = checkedReply.Text, Citations = checkedReply.Citations });
        return Answered(memory, replies);
    }

    private async Task<FlowTurn> IdentifyAsync(
        CustomerMessage message, IntentPrediction reading, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken)
    {
        var descriptor = flows.Named(IdentifyFlow)?.Descriptor ?? FlowDescriptor.For(IdentifyFlow, Intents.Identify);
        var turn = new FlowTurn(message, reading, conversation, descriptor, functions);
        var state = new IdentificationState { Asked = true };
        var outcome = await identification.EnsureIdentifiedAsync(turn, state, cancellationToken);
        if (outcome == IdentificationOutcome.Waiting && state.CodeRequired)
        {
            // A code was sent: the identification flow reads it on the next turn.
            turn.Continue(state);
        }
        return turn;
    }

    private OpenAIPromptExecutionSettings Settings(Kernel kernel) => new()
    {
        Temperature = _options.Temperature,
        FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(Offered(kernel), autoInvoke: true),
    };

    /// <summary>The functions the model may call: the session's, except the identification step and the functions that
    /// carry out a confirmed change (code calls those, after the customer's yes).</summary>
    private List<KernelFunction> Offered(Kernel kernel) =>
        [.. kernel.Plugins
            .Where(p => !plugins.FlowOnlyPlugins.Contains(p.Name))
            .SelectMany(p => p.Select(f => (Plugin: p.Name, Function: f)))
            .Where(f => !plugins.CarryOutFunctions.Contains(Plugins.PluginNames.Qualified(f.Plugin, f.Function.Name)))
            .Select(f => f.Function)];

    private ChatHistory History(CustomerMessage message, ConversationData conversation, User? account, bool justIdentified)
    {
        var history = new ChatHistory(prompt.For(new AssistantSituation(account?.Name.FirstName, justIdentified)));
        // The transcript's last line is this turn's message, recorded by the router.
        var earlier = conversation.Transcript.Take(Math.Max(0, conversation.Transcript.Count - 1)).ToList();
        var older = earlier.Take(Math.Max(0, earlier.Count - _options.HistoryMessages)).ToList();
        if (older.Count > 0)
        {
            history.AddSystemMessage("Earlier in this conversation, in short:\n"
                + string.Join("\n", older.Select(l => $"{l.From}: {Shortened(l.Text)}")));
        }
        foreach (var line in earlier.Skip(older.Count))
        {
            if (line.From == "customer")
            {
                history.AddUserMessage(line.Text);
            }
            else
            {
                history.AddAssistantMessage(line.Text);
            }
        }
        history.AddUserMessage(message.Text);
        return history;
    }

    private ReplyFacts Facts(User? account, ToolTurnWatch watch, IntentPrediction reading)
    {
        var orderIds = new HashSet<string>(account?.Orders ?? [], StringComparer.OrdinalIgnoreCase);
        var emails = new HashSet<string>(account is null ? [] : [account.Email], StringComparer.OrdinalIgnoreCase);
        var shopHost = Uri.TryCreate(publicAddress.Value.PublicUrl, UriKind.Absolute, out var shop) ? shop.Host : null;
        var aboutRules = watch.SearchedPolicies || PolicyQuestionIntents.All.Contains(reading.Intent);
        return new ReplyFacts(orderIds, emails, shopHost, watch.Passages, aboutRules);
    }

    /// <summary>The flow in progress (a question the model has now answered instead) is over: the model took the turn
    /// (any proposal it waited on was withdrawn before the model was asked).</summary>
    private static void EndFlowInProgress(ConversationData conversation)
    {
        conversation.ActiveFlow = null;
        conversation.FlowState = null;
        conversation.UnhelpfulTurns = 0;
    }

    private AssistantAnswer Answered(AssistantMemory memory, IReadOnlyList<BotReply> replies)
    {
        metrics.Answer(memory.TokensUsed);
        return new AssistantAnswer(replies);
    }

    private AssistantAnswer FellBack(AssistantMemory memory, string reason, BotReply? note)
    {
        memory.Fallbacks++;
        metrics.FellBack(reason);
        return AssistantAnswer.Fallback(note);
    }

    private static long TokensOf(IEnumerable<ChatMessageContent> messages) =>
        messages.Sum(m => m.Metadata?.TryGetValue("Usage", out var usage) == true && usage is OpenAI.Chat.ChatTokenUsage tokens
            ? tokens.TotalTokenCount
            : 0L);

    private static string Reason(Exception error) => error switch
    {
        BrokenCircuitException or HttpOperationException { InnerException: BrokenCircuitException } => "circuit-open",
        OperationCanceledException or TimeoutRejectedException or HttpOperationException { InnerException: TimeoutRejectedException } => "timeout",
        _ => "error",
    };

    private static string Shortened(string text) => text.Length <= 160 ? text.ReplaceLineEndings(" ") : text[..157].ReplaceLineEndings(" ") + "...";

    [LoggerMessage(Level = LogLevel.Warning, Message = "The chat model failed ({Reason}); the flows answer this turn.")]
    private static partial void LogModelFailed(ILogger logger, Exception error, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A model reply was withheld by the {Guard} guard.")]
    private static partial void LogWithheld(ILogger logger, string guard);
}
