using System.ComponentModel;
using EcomBot.Bot.Capabilities.Policies;
using EcomBot.Knowledge.Search;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins;

/// <summary>The store's rules, from its help articles.</summary>
public sealed class PoliciesPlugin(PolicyAnswers policies)
{
    public const string SearchPolicies = "search_policies";

    [KernelFunction(SearchPolicies), Description("Finds the help-article passages that answer a question about the store's rules (returns, refunds, cancellations, shipping, exchanges, changes), each with the article and section to cite, and whether any is reliable enough to answer from.")]
    public Task<PolicyAnswer> SearchPoliciesAsync(
        [Description("The customer's question, in their words.")] string question,
        [Description("How many passages to return, 1 to 8.")] int limit = 2,
        CancellationToken cancellationToken = default) =>
        policies.FindAsync(question, Math.Clamp(limit, 1, 8), cancellationToken);
}
