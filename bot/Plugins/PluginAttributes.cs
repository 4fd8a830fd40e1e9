namespace EcomBot.Bot.Plugins;

/// <summary>A plugin that serves the identified customer only: it is left out of a session's kernel until the customer
/// is identified, and the session filter refuses its functions before that.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CustomerScopedAttribute : Attribute;

/// <summary>A kernel function that changes the store's records. It takes only a proposal id, and the change-proposal
/// filter lets it run only for a proposal of this function that the customer confirmed on a later turn.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CarriesOutProposalAttribute : Attribute
{
    /// <summary>The name of the function's proposal id parameter.</summary>
    public const string ProposalIdArgument = "proposalId";
}

/// <summary>A plugin the deterministic flows use but a chat model is never offered (identification is a code step).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FlowOnlyAttribute : Attribute;
