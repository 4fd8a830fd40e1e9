using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Identity;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// The opening every order flow shares: identify the customer, then settle on one of their own orders that the flow
/// can act on, named in the request or an answer, or picked from suggested actions listing the orders that qualify.
/// An order that does not qualify is refused in the flow's words and ends the flow.
/// </summary>
public sealed class OrderChoice(ICommerceStore store, CustomerIdentification identification)
{
    /// <summary>Runs this turn's part of the choice. Returns the chosen order, or null when the turn was spent asking
    /// or refusing (the flow's state is then already kept or ended).</summary>
    /// <param name="firstTurn">True when the flow starts this turn: its message was the request, not an answer.</param>
    internal async Task<ChosenOrder?> ChooseAsync<TState>(
        FlowTurn turn, TState state, OrderRequirement requirement, bool firstTurn, CancellationToken cancellationToken)
        where TState : class, IOrderFlowState
    {
        var choice = state.Choice;
        if (firstTurn)
        {
            choice.OrderId ??= OrderDescriptions.ReadOrderId(turn);
        }
        var wasIdentified = turn.Conversation.CustomerId is not null;
        var outcome = await identification.EnsureIdentifiedAsync(turn, choice.Identification, cancellationToken);
        if (outcome != IdentificationOutcome.Identified)
        {
            KeepUnlessGaveUp(turn, state, outcome);
            return null;
        }
        // The turn that identified the customer carried their details, not an answer to the flow's next question.
        var answer = firstTurn || !wasIdentified ? null : turn.Message.Text.Trim();
        var account = new CustomerAccount(store, turn.Conversation.CustomerId!);
        if (choice.OrderId is null)
        {
            choice.OrderId = OrderDescriptions.ReadOrderId(turn);
            answer = null;
        }
        if (choice.OrderId is null)
        {
            await AskForOrderAsync(turn, account, state, requirement, cancellationToken);
            return null;
        }
        Order order;
        try
        {
            order = await account.GetOrderAsync(choice.OrderId, cancellationToken);
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"{error.Message}: there is no order {CustomerAccount.NormalizeOrderId(choice.OrderId)} on your account.");
            choice.OrderId = null;
            await AskForOrderAsync(turn, account, state, requirement, cancellationToken);
            return null;
        }
        if (!requirement.Qualifies(order))
        {
            turn.Unhelpful = true;
            turn.Reply(requirement.Refusal(order));
            turn.End();
            return null;
        }
        return new ChosenOrder(account, order, answer);
    }

    private static async Task AskForOrderAsync<TState>(
        FlowTurn turn, CustomerAccount account, TState state, OrderRequirement requirement, CancellationToken cancellationToken)
        where TState : class
    {
        var qualifying = (await account.ListOrdersAsync(cancellationToken)).Where(requirement.Qualifies).ToList();
        if (qualifying.Count == 0)
        {
            turn.Say(requirement.NoneQualify);
            turn.End();
            return;
        }
        turn.Say(requirement.Question, OrderDescriptions.Choices(qualifying));
        turn.Continue(state);
    }

    private static void KeepUnlessGaveUp<TState>(FlowTurn turn, TState state, IdentificationOutcome outcome)
        where TState : class
    {
        if (outcome == IdentificationOutcome.GaveUp)
        {
            turn.End();
        }
        else
        {
            turn.Continue(state);
        }
    }
}

/// <summary>The order a flow acts on, the customer's account, and this turn's answer to the flow's own question
/// (null when the turn was the request itself, or was spent identifying the customer or naming the order).</summary>
internal sealed record ChosenOrder(CustomerAccount Account, Order Order, string? Answer);

/// <summary>Which orders a flow can act on and how it talks about them, in the policy's terms.</summary>
internal sealed record OrderRequirement(
    Func<Order, bool> Qualifies,
    string Question,
    string NoneQualify,
    Func<Order, BotReply> Refusal);

/// <summary>Progress of identifying the customer and choosing the order, kept inside a flow's own state.</summary>
public sealed class OrderChoiceState
{
    public IdentificationState Identification { get; set; } = new();

    public string? OrderId { get; set; }
}

/// <summary>The state of a flow that starts with <see cref="OrderChoice"/>.</summary>
public interface IOrderFlowState
{
    OrderChoiceState Choice { get; }
}
