using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Capabilities.Policies;

/// <summary>The store's rules from its help articles: the passages that answer a question, each with its article,
/// section and anchor for a citation, and whether any is reliable enough to answer from.</summary>
public sealed class PolicyAnswers(PolicySearch search)
{
    public Task<PolicyAnswer> FindAsync(string question, int limit, CancellationToken cancellationToken) =>
        search.SearchAsync(question, limit, cancellationToken);
}
