using EcomBot.Tools.Journeys;

namespace EcomBot.Tools.Tests.Journeys;

public sealed class ToldFactsTests
{
    [Theory]
    [InlineData("180.1", "The shorter bamboo one costs $180.10.")]
    [InlineData("8276.23", "You'll get back $8,276.23 in total.")]
    [InlineData("10", "There are 10 t-shirt options.")]
    [InlineData("polyester", "One is Polyester, the other cotton.")]
    [InlineData("746342064230", "Tracking: 746342064230")]
    public void AFactIsToldByTheSameNumberOrTheSameWords(string fact, string reply) =>
        Assert.Null(ToldFacts.FirstMissing([fact], [reply]));

    [Theory]
    [InlineData("10", "That is $10.50.")]
    [InlineData("10", "We have 100 of them.")]
    [InlineData("10", "Order #W1000010 is pending.")]
    [InlineData("IL", "The bill was paid.")]
    public void APartOfAnotherNumberOrWordDoesNotTellTheFact(string fact, string reply) =>
        Assert.Equal($"told: the bot never said \"{fact}\"", ToldFacts.FirstMissing([fact], [reply]));
}
