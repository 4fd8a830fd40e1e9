using EcomBot.Bot.Assistant.Guards;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Tests.Assistant;

public sealed class ReplyGuardTests
{
    private static readonly PolicyPassage Returns =
        new("returns", "Returns", "Which orders can be returned", "returns#which-orders-can-be-returned", "Delivered orders can be returned.", 1, 0.8);

    private static ReplyFacts Facts(bool aboutRules = false, params PolicyPassage[] passages) => new(
        new HashSet<string>(["#W1234567"], StringComparer.OrdinalIgnoreCase),
        new HashSet<string>(["jane@example.com"], StringComparer.OrdinalIgnoreCase),
        "shop.example", passages, aboutRules);

    private readonly ReplyGuard _guard = new();

    [Fact]
    public void TheCustomersOwnOrderAndEmailPass()
    {
        var reply = _guard.Check("Order #W1234567 is on its way. We'll write to jane@example.com.", Facts());

        Assert.Null(reply.WithheldBy);
        Assert.Equal("Order #W1234567 is on its way. We'll write to jane@example.com.", reply.Text);
    }

    [Theory]
    [InlineData("Your order is fine. Order #W7654321 was delivered yesterday.")]
    [InlineData("I sent it to mia.garcia@example.com as well.")]
    [InlineData("Order W7654321 belongs to someone else.")]
    public void AnotherCustomersOrderOrEmailWithholdsTheWholeReply(string text)
    {
        Assert.Equal("foreign-data", _guard.Check(text, Facts()).WithheldBy);
    }

    [Fact]
    public void ALinkOffTheShopIsTakenOutAndTheShopsOwnStays()
    {
        var reply = _guard.Check("Pay here: https://evil.example/pay now. Or see https://shop.example/help/returns.", Facts());

        Assert.Equal("Pay here: (link removed) now. Or see https://shop.example/help/returns.", reply.Text);
    }

    [Fact]
    public void ACitationOfAPassageReturnedThisTurnBecomesTheReplysSource()
    {
        var reply = _guard.Check("Delivered orders can be returned [returns#which-orders-can-be-returned].", Facts(aboutRules: true, Returns));

        Assert.Null(reply.WithheldBy);
        Assert.Equal("Delivered orders can be returned.", reply.Text);
        var citation = Assert.Single(reply.Citations);
        Assert.Equal("Returns", citation.Title);
        Assert.Equal("/help/returns#which-orders-can-be-returned", citation.Url);
    }

    [Theory]
    [InlineData("You can return anything within 90 days.")]
    [InlineData("You can return anything within 90 days [returns#made-up-section].")]
    public void AReplyAboutTheRulesWithoutAPassageOfThisTurnIsWithheld(string text)
    {
        Assert.Equal("uncited-policy", _guard.Check(text, Facts(aboutRules: true, Returns)).WithheldBy);
    }
}
