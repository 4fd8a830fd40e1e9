using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Tests.Support.Policies;

public sealed class PolicyOverviewTests
{
    private static readonly PolicyPassage HowTo = Section("What to tell us to return something",
        "To start a return, tell us:\n- the order id (for example #W1234567),\n- every item in that order you want to return,\n"
        + "- where the refund should go: the original payment method of the order, or an existing gift card of yours.\n\n"
        + "We first confirm who you are.", 0.62);

    private static readonly PolicyPassage Which = Section("Which orders can be returned",
        "You can return items from an order once it has been delivered. Orders that are still pending cannot be returned.", 0.58);

    private static readonly PolicyPassage TimeLimit = Section("How long you have to return",
        "There is no time limit on returns. You can return items however long ago they were delivered.", 0.55);

    private static readonly PolicyPassage Refund = Section("Where the refund goes",
        "Refunds for returns go back to the order's original payment method, or to a gift card you already have.", 0.5);

    private static readonly PolicyPassage OtherArticle = new("exchanges", "Exchanging items", "What can be exchanged",
        "exchanges#what-can-be-exchanged", "Items can be exchanged for another variant of the same product.", 0.52, 0.52);

    [Theory]
    [InlineData("what is your return policy?")]
    [InlineData("Explain your returns policy")]
    [InlineData("what are the rules for returning items?")]
    [InlineData("how do returns work?")]
    public void AQuestionAboutAnArticlesRulesAsAWholeIsAnOverviewQuestion(string question)
    {
        Assert.True(OverviewQuestion.Asks(question, HowTo));
    }

    [Theory]
    [InlineData("what is your return window?")]
    [InlineData("what's your policy on returns of delivered items")]
    [InlineData("how do I start a return?")]
    [InlineData("can I return something after 60 days?")]
    public void AQuestionAboutOneRuleIsNot(string question)
    {
        Assert.False(OverviewQuestion.Asks(question, HowTo));
    }

    [Fact]
    public void AnOverviewGivesTheRuleEachSectionOpensWithRulesFirstAndNamesTheHowToSections()
    {
        var reply = PolicyReply.Compose("what is your return policy?", new PolicyAnswer([HowTo, Which, TimeLimit, OtherArticle, Refund], 0.7));

        var lines = reply.Text.Split('\n');
        Assert.Equal("Returning items, in short:", lines[0]);
        var rules = lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["- You can return items from an order once it has been delivered.", "- There is no time limit on returns.",
             "- Refunds for returns go back to the order's original payment method, or to a gift card you already have."],
            rules);
        Assert.Contains("The article also explains: what to tell us to return something.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("exchanged", reply.Text, StringComparison.Ordinal);
        var citation = Assert.Single(reply.Citations);
        Assert.Equal("/help/returns", citation.Url);
        Assert.Contains("Start a return", reply.SuggestedActions);
    }

    [Fact]
    public void AQuestionAboutOneRuleStillGetsThatSectionQuoted()
    {
        var reply = PolicyReply.Compose("what is your return window?", new PolicyAnswer([TimeLimit, Which], 0.7));

        Assert.StartsWith("There is no time limit on returns.", reply.Text, StringComparison.Ordinal);
        Assert.Equal("/help/returns#how-long-you-have-to-return", reply.Citations[0].Url);
    }

    private static PolicyPassage Section(string section, string text, double score) => new(
        "returns", "Returning items", section, "returns#" + PolicyArticleAnchor(section), text, score, score);

    private static string PolicyArticleAnchor(string section) => EcomBot.Knowledge.Policies.PolicyArticleReader.Slug(section);
}
