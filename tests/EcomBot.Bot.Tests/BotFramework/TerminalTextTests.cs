using EcomBot.Bot.BotFramework.InProcess;

namespace EcomBot.Bot.Tests.BotFramework;

public sealed class TerminalTextTests
{
    [Fact]
    public void EmphasisAndLinksReadAsPlainWords()
    {
        var text = TerminalText.FromMarkdown("**Coffee Mug** - $12.00\n\nSources: [Returns](/help/returns#how-to-return)");

        Assert.Equal("Coffee Mug - $12.00\nSources: Returns (/help/returns#how-to-return)", text);
    }

    [Fact]
    public void ListItemsStartLinesWithABulletOrTheirNumber()
    {
        var text = TerminalText.FromMarkdown("Which one?\n\n- Lamp\n- Mug\n\n1. first\n2. second\n\nDone.");

        Assert.Equal("Which one?\n  • Lamp\n  • Mug\n  1. first\n  2. second\nDone.", text);
    }

    [Fact]
    public void ATableBecomesAlignedColumns()
    {
        var text = TerminalText.FromMarkdown("| | Keyboard | Mouse |\n| --- | --- | --- |\n| price | $226.11 | $30.15 |\n| backlight | RGB | none |");

        Assert.Equal(
            "           Keyboard  Mouse\n"
            + "---------  --------  ------\n"
            + "price      $226.11   $30.15\n"
            + "backlight  RGB       none",
            text);
    }
}
