using EcomBot.Knowledge.Search;

namespace EcomBot.Knowledge.Tests.Search;

public sealed class PassageSentencesTests
{
    [Fact]
    public void ProseIsSplitAtSentenceEndsAcrossLineBreaks()
    {
        Assert.Equal(
            ["Only pending orders can be cancelled.", "A delivered order can be returned instead."],
            PassageSentences.Split("Only pending orders can be\ncancelled. A delivered order can be returned instead."));
    }

    [Fact]
    public void ABulletListIsOneSentenceWithTheLineThatIntroducesIt()
    {
        Assert.Equal(
            ["It depends on how you paid: Gift card: immediately; PayPal: 5 to 7 business days.", "Ask us anything."],
            PassageSentences.Split("It depends on how you paid:\n- Gift card: immediately.\n- PayPal: 5 to 7 business days.\nAsk us anything."));
    }

    [Fact]
    public void ListItemsEndingInCommasAreJoinedWithSemicolonsOnly()
    {
        Assert.Equal(
            ["Tell us: the order id; every item."],
            PassageSentences.Split("Tell us:\n- the order id,\n- every item,"));
    }
}
