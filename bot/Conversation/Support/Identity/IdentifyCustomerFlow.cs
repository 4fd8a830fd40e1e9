using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>
/// A customer who says who they are before asking for anything ("hi, I'm Jane Doe, zip 12345", "my email is
/// jane@example.com") is identified at once, by the same rules and words as inside the order flows, and asked what they
/// would like to do; the order flows then find them identified. One turn, unless a code was emailed: the flow then keeps
/// the next turns for the code. Details that match no account get the flows' answer, and the next message with details
/// starts this flow again (the guard counts the failures across conversations; the router offers a person).
/// </summary>
/// <remarks>The router sends a message here by a rule (<see cref="CustomerIdentification.IsOnlyIdentity"/>), not by a
/// learned intent: whether a message holds nothing but a name and zip or an email is a question of its words, which the
/// rule answers exactly, while a classifier trained on names and numbers would also pull in "Hi, I'm Jane Doe from 12345,
/// has my order shipped?", which must start the order flow.</remarks>
public sealed class IdentifyCustomerFlow(CustomerIdentification identification) : IConversationFlow
{
    // What an identified customer can go on to do; each is a request the router recognises.
    private static readonly string[] NextActions = ["Track my order", "Return an item", "Cancel an order", "Change an order"];

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("identify-customer", Intents.Identify);

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, new IdentificationState { Asked = true }, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, turn.State<IdentificationState>() ?? new IdentificationState { Asked = true }, cancellationToken);

    private async Task RunAsync(FlowTurn turn, IdentificationState state, CancellationToken cancellationToken)
    {
        var alreadyIdentified = turn.Conversation.CustomerId;
        var outcome = await identification.EnsureIdentifiedAsync(turn, state, cancellationToken);
        if (outcome == IdentificationOutcome.Waiting && state.CodeRequired)
        {
            turn.Continue(state);
            return;
        }
        if (outcome == IdentificationOutcome.Identified)
        {
            if (alreadyIdentified is not null)
            {
                var profile = await turn.Functions.Orders.GetAccountAsync(cancellationToken);
                turn.Say($"You're already verified as {profile.Name.FirstName} in this conversation.");
            }
            turn.Say("What would you like to do? I can track an order, start a return or exchange, cancel a pending order, "
                + "or change its address, payment or items.", NextActions);
        }
        turn.End();
    }
}
