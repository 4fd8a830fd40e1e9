using EcomBot.Knowledge.Ingestion;
using EcomBot.Knowledge.Policies;

namespace EcomBot.Knowledge.Tests.Policies;

/// <summary>The shipped help articles state the store policy's rules in the section a customer's question about them is answered from.</summary>
public sealed class HelpArticleRulesTests
{
    private static readonly IReadOnlyList<SourceDocument> Passages = PolicyArticleReader.ReadDirectory(KnowledgeSources.Shipped().PoliciesDirectory);

    [Theory]
    [InlineData("verifying-your-identity#one-account-per-conversation", "cannot act on another person's account or orders")]
    [InlineData("returns#what-to-tell-us-to-return-something", "one item, several or all of them")]
    [InlineData("returns#what-happens-after-you-confirm", "the return is submitted")]
    public void TheSectionStatesTheRule(string anchor, string rule)
    {
        var section = Assert.Single(Passages, p => p.Payload.Anchor == anchor);

        Assert.Contains(rule, section.Payload.Text!.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }
}
