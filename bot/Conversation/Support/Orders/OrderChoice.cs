using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Focus;
using EcomBot.Bot.Conversation.Support.Identity;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// The opening every order flow shares: identify the customer, then settle on one of their own orders that the flow
/// can act on: named by id in the request or an answer, named in words ("the helmet one", "the second one", see
/// <see cref="OrderInWords"/>), or picked from suggested actions listing the orders that qualify. The request's own words
/// are read too once the orders are known ("return my cycling helmet" takes the one order with a helmet; every flow
/// confirms before it acts). An order that does not qualify is refused in the flow's words and ends the flow.
/// </summary>
public sealed class OrderChoice(CustomerIdentification identification)
{
    private const string NotUnderstood = "I couldn't tell which order you mean. Please pick one below or type its number, like #W1234567.";
    private const string SeveralFit = "More than one order fits that. Which one do you mean?";
    private const string NoNumberNeeded = "No problem, you don't need the number. Which of these orders is it? Tell me what was in it, or where it was sent:";
    private const string NothingFits = "I looked through all your orders this can be done for, and none of them holds anything that fits that.";
    private const string NoDates = "I can't see when orders were placed, so I can't tell them apart by date. Which of these orders is it? Tell me what was in it, or where it was sent:";

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
            if (choice.OrderId is null && InFocus(turn, requirement) is { } focused)
            {
                choice.OrderId = focused;
                choice.FromFocus = true;
            }
            choice.Request ??= turn.Message.Text;
        }
        var wasIdentified = turn.Conversation.CustomerId is not null;
        var outcome = await identification.EnsureIdentifiedAsync(turn, choice.Identification, requirement.IdentifyBefore, cancellationToken);
        if (outcome != IdentificationOutcome.Identified)
        {
            KeepUnlessGaveUp(turn, state, outcome);
            return null;
        }
        // The turn that identified the customer carried their details, not an answer to the flow's next question.
        var answer = firstTurn || !wasIdentified ? null : turn.Message.Text.Trim();
        var orders = turn.Functions.Orders;
        if (choice.FromFocus && requirement.ReadsOnly && choice.Request is { } request)
        {
            // "when is my vacuum cleaner arriving?" means the order that holds it, whatever order was in focus.
            choice.FromFocus = false;
            if (OrderInWords.Named(request, await orders.ListAsync(cancellationToken), choice.OrderId) is [var named])
            {
                choice.OrderId = named.OrderId;
            }
        }
        else if (choice.FromFocus && choice.Request is { } changeRequest
            && FocusedOrderNotMeant.Other(changeRequest, await orders.ListAsync(cancellationToken), choice.OrderId!, requirement.Qualifies) is { } meant)
        {
            // "also cancel the charger I just bought, it goes with the tablet" right after the tablet's order was shown.
            choice.FromFocus = false;
            choice.OrderId = meant.OrderId;
        }
        if (choice.OrderId is null)
        {
            choice.OrderId = OrderDescriptions.ReadOrderId(turn)
                ?? (answer is not null && choice.OfferedOrderIds.Count == 0 ? InFocus(turn, requirement) : null)
                ?? (answer is not null && choice.OfferedOrderIds.Count > 0
                    ? await PickOfferedAsync(turn, state, requirement, answer, cancellationToken)
                    : await TakeRequestedOrOfferAsync(turn, state, requirement, useRequest: true, cancellationToken));
            if (choice.OrderId is null)
            {
                return null;
            }
            answer = null;
        }
        Order order;
        try
        {
            order = await orders.GetAsync(choice.OrderId, cancellationToken);
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"{error.Message}: there is no order {OrderDescriptions.NormalizeOrderId(choice.OrderId)} on your account.");
            choice.OrderId = null;
            await TakeRequestedOrOfferAsync(turn, state, requirement, useRequest: false, cancellationToken);
            return null;
        }
        turn.Conversation.Focus.OnOrder(order.OrderId, turn.Conversation.Turn);
        if (choice.FromQueue)
        {
            // The next of several orders the customer asked for at once ("cancel all my pending orders").
            choice.FromQueue = false;
            turn.Say($"Next, order {OrderDescriptions.Brief(order)}.");
        }
        if (!requirement.Qualifies(order))
        {
            turn.Unhelpful = true;
            turn.Reply(requirement.Refusal(order));
            turn.End();
            return null;
        }
        return new ChosenOrder(order, answer);
    }

    /// <summary>The order in focus when the message points at it ("cancel it", "tracking for that order please"), or,
    /// for a flow that only reads, when it names no other order.</summary>
    private static string? InFocus(FlowTurn turn, OrderRequirement requirement) =>
        turn.Conversation.Focus.FreshOrder(turn.Conversation.Turn) is { } focused
        && (References.PointsAtTheOrder(turn.Message.Text) || (requirement.ReadsOnly && !References.PointsElsewhere(turn.Message.Text)))
            ? focused
            : null;

    /// <summary>Takes the one order the request's words name (one that does not qualify is then refused in the flow's
    /// words), or every order they name when they ask for several at once ("cancel all my pending orders"); otherwise
    /// offers those it names, or all that qualify.</summary>
    private static async Task<string?> TakeRequestedOrOfferAsync<TState>(
        FlowTurn turn, TState state, OrderRequirement requirement, bool useRequest, CancellationToken cancellationToken)
        where TState : class, IOrderFlowState
    {
        var all = await turn.Functions.Orders.ListAsync(cancellationToken);
        var qualifying = all.Where(requirement.Qualifies).ToList();
        var request = useRequest ? state.Choice.Request : null;
        if (request is not null && !requirement.ReadsOnly && AccountSweep.Orders(request, qualifying) is { } swept)
        {
            // "cancel or return everything that isn't for gaming": every order that holds such items, not the first that fits.
            switch (swept.Count)
            {
                case 1:
                    return Take(turn, swept[0], requirement);
                case > 1:
                    return TakeSeveral(turn, state, swept, requirement);
                case 0 when qualifying.Count > 0 && AccountSweep.Sweeps(request):
                    if (!turn.FollowsUp)
                    {
                        turn.Say(NothingFits);
                    }
                    turn.End();
                    return null;
            }
        }
        var named = request is null ? [] : NamedInRequest(request, all, qualifying, Focused(turn));
        if (named is [var only])
        {
            return Take(turn, only, requirement);
        }
        if (qualifying.Count == 0 && turn.FollowsUp)
        {
            // The other half of "cancel or return everything", with nothing to do: the first half said all there was.
            turn.End();
            return null;
        }
        if (qualifying.Count == 0)
        {
            turn.Say(requirement.NoneQualify, [.. requirement.NoneQualifyActions ?? []]);
            turn.End();
            return null;
        }
        var several = named.Count > 1 ? named : qualifying;
        if (request is not null && !requirement.ReadsOnly && several.Count > 1 && OrderClues.MeansSeveral(request, answering: false))
        {
            return TakeSeveral(turn, state, several, requirement);
        }
        if (qualifying.Count == 1 && requirement.TakesTheOnlyOne)
        {
            return Take(turn, qualifying[0], requirement);
        }
        Offer(turn, state, requirement.Question, named.Count > 1 ? named : qualifying);
        return null;
    }

    /// <summary>The orders a request names among those that qualify; when it names none of them, the one order of all the
    /// customer's that its content words fit (so "return my laptop" finds the laptop's order even when it is not
    /// delivered yet, and the flow refuses it in the policy's terms).</summary>
    private static IReadOnlyList<Order> NamedInRequest(string request, IReadOnlyList<Order> all, List<Order> qualifying, string? focused)
    {
        var fitting = OrderInWords.Named(request, qualifying, focused);
        return fitting.Count > 0 ? fitting : OrderInWords.NamedByContent(request, all, focused) is [var one] ? [one] : [];
    }

    /// <summary>Reads an answer in words against the orders offered last: one fits and is taken, several are offered
    /// again on their own (or all taken, one after another, when the answer means them all: "both of them"), none is said
    /// plainly (an unhelpful turn) and the same orders are offered again, listed in words.</summary>
    private static async Task<string?> PickOfferedAsync<TState>(
        FlowTurn turn, TState state, OrderRequirement requirement, string answer, CancellationToken cancellationToken)
        where TState : class, IOrderFlowState
    {
        var orders = (await turn.Functions.Orders.ListAsync(cancellationToken)).ToDictionary(o => o.OrderId, StringComparer.Ordinal);
        var offered = state.Choice.OfferedOrderIds.Where(orders.ContainsKey).Select(id => orders[id]).ToList();
        var picked = OrderInWords.Picked(answer, offered, Focused(turn));
        if (picked.Count == 0 && InFocus(turn, requirement) is { } focused && offered.FirstOrDefault(o => o.OrderId == focused) is { } pointedAt)
        {
            picked = [pointedAt];
        }
        if (!requirement.ReadsOnly && picked.Count != 1 && OrderClues.MeansSeveral(answer, answering: true)
            && (picked.Count > 1 ? picked : offered) is { Count: > 1 } several)
        {
            return TakeSeveral(turn, state, several, requirement);
        }
        if (picked.Count == 1)
        {
            return Take(turn, picked[0], requirement);
        }
        if (picked.Count > 1)
        {
            Offer(turn, state, SeveralFit, picked);
            return null;
        }
        if (OrderClues.DoesNotKnow(answer))
        {
            // Without the number, the one order that can be meant is that one; several are listed by what is in them.
            if (offered.Count == 1)
            {
                return Take(turn, offered[0], requirement);
            }
            Offer(turn, state, NoNumberNeeded, offered);
            return null;
        }
        turn.Unhelpful = true;
        Offer(turn, state, OrderClues.NamesADate(answer) ? NoDates : NotUnderstood, offered);
        return null;
    }

    /// <summary>The customer said the proposal was for the wrong order ("No, that's not the order I mean"): the other
    /// orders the flow can act on are offered to choose from, the rejected one left out. False when there is no other.</summary>
    internal static async Task<bool> OfferOthersAsync<TState>(
        FlowTurn turn, TState state, OrderRequirement requirement, string? rejected, CancellationToken cancellationToken)
        where TState : class, IOrderFlowState
    {
        var others = (await turn.Functions.Orders.ListAsync(cancellationToken))
            .Where(o => requirement.Qualifies(o) && o.OrderId != rejected).ToList();
        var choice = state.Choice;
        (choice.OrderId, choice.FromFocus, choice.FromQueue) = (null, false, false);
        if (others.Count == 0)
        {
            return false;
        }
        Offer(turn, state, requirement.Question, others);
        return true;
    }

    /// <summary>Takes the first of several orders asked for at once and keeps the rest to follow, one after another.</summary>
    private static string TakeSeveral<TState>(FlowTurn turn, TState state, IReadOnlyList<Order> orders, OrderRequirement requirement)
        where TState : class, IOrderFlowState
    {
        state.Choice.Queued = [.. orders.Skip(1).Select(o => o.OrderId)];
        turn.Say($"I'll go through these {orders.Count} orders one at a time: {string.Join(", ", orders.Select(o => o.OrderId))}.");
        return Take(turn, orders[0], requirement with { ShowsTheOrder = false });
    }

    /// <summary>The order the conversation is about, which "my other order" is not.</summary>
    private static string? Focused(FlowTurn turn) => turn.Conversation.Focus.FreshOrder(turn.Conversation.Turn);

    private static string Take(FlowTurn turn, Order order, OrderRequirement requirement)
    {
        if (!requirement.ShowsTheOrder)
        {
            turn.Say($"That's order {OrderDescriptions.Brief(order)}.");
        }
        return order.OrderId;
    }

    private static void Offer<TState>(FlowTurn turn, TState state, string question, IReadOnlyList<Order> orders)
        where TState : class, IOrderFlowState
    {
        state.Choice.OfferedOrderIds = [.. orders.Select(o => o.OrderId)];
        turn.Say($"{question}\n{OrderDescriptions.Listing(orders)}", OrderDescriptions.Choices(orders));
        turn.AcceptChoiceWords(OrderInWords.AnswerWords(orders));
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

/// <summary>The order a flow acts on and this turn's answer to the flow's own question (null when the turn was the
/// request itself, or was spent identifying the customer or naming the order).</summary>
internal sealed record ChosenOrder(Order Order, string? Answer);

/// <summary>Which orders a flow can act on and how it talks about them, in the policy's terms.</summary>
/// <param name="ShowsTheOrder">The flow's next reply shows the chosen order in full, so an order taken from the
/// customer's words needs no line of its own saying which it is.</param>
/// <param name="IdentifyBefore">What the customer's details are asked for, when the flow is about more than "your orders".</param>
/// <param name="NoneQualifyActions">Suggested actions under <paramref name="NoneQualify"/>: what the customer can do instead.</param>
/// <param name="TakesTheOnlyOne">The one qualifying order is taken without asking: for flows that only read, never act.</param>
/// <param name="ReadsOnly">The flow only shows the order, so a request that names no order ("what's the tracking
/// number?") means the order in focus; a flow that acts takes it only when the request points at it ("cancel it").</param>
internal sealed record OrderRequirement(
    Func<Order, bool> Qualifies,
    string Question,
    string NoneQualify,
    Func<Order, BotReply> Refusal,
    bool ShowsTheOrder = false,
    string IdentifyBefore = CustomerIdentification.BeforeOrders,
    IReadOnlyList<string>? NoneQualifyActions = null,
    bool TakesTheOnlyOne = false,
    bool ReadsOnly = false);

/// <summary>Progress of identifying the customer and choosing the order, kept inside a flow's own state.</summary>
public sealed class OrderChoiceState
{
    public IdentificationState Identification { get; set; } = new();

    public string? OrderId { get; set; }

    /// <summary>The request that started the flow ("I'd like to return my cycling helmet"), read for the order it names
    /// once the customer's orders are known.</summary>
    public string? Request { get; set; }

    /// <summary>The orders offered last, in the order shown, so "the second one" means what the customer saw.</summary>
    public List<string> OfferedOrderIds { get; set; } = [];

    /// <summary><see cref="OrderId"/> is the order in focus, taken for a request that named none.</summary>
    public bool FromFocus { get; set; }

    /// <summary>Orders still to do, in turn, of several the customer asked for at once ("both of them").</summary>
    public List<string> Queued { get; set; } = [];

    /// <summary><see cref="OrderId"/> was taken from <see cref="Queued"/>, and is introduced when the flow reaches it.</summary>
    public bool FromQueue { get; set; }

    /// <summary>Makes <paramref name="next"/> the choice of the next queued order: the same request, the same customer.
    /// False when no order is left.</summary>
    public bool HandOn(OrderChoiceState next)
    {
        if (Queued.Count == 0)
        {
            return false;
        }
        next.Identification = Identification;
        next.OrderId = Queued[0];
        next.Request = Request;
        next.Queued = [.. Queued.Skip(1)];
        next.FromQueue = true;
        return true;
    }
}

/// <summary>The state of a flow that starts with <see cref="OrderChoice"/>.</summary>
public interface IOrderFlowState
{
    OrderChoiceState Choice { get; }
}
