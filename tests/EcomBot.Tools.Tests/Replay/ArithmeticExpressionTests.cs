using EcomBot.Bot.Commerce;
using EcomBot.Tools.Replay;
using EcomBot.TestSupport;

namespace EcomBot.Tools.Tests.Replay;

public sealed class ArithmeticExpressionTests
{
    [Theory]
    [InlineData("3131.1 + 4777.75 + 367.38", "8276.23")]
    [InlineData("135.24 - 153.23", "-17.99")]
    [InlineData("(2 + 3) * 4", "20.0")]
    [InlineData("10 / 4", "2.5")]
    [InlineData("7 // 2", "3.0")]
    [InlineData("-2 ** 2", "-4.0")]
    [InlineData("1 / 3", "0.33")]
    public void CalculatesLikeTheBenchmarkTool(string expression, string expected) =>
        Assert.Equal(expected, ArithmeticExpression.Calculate(expression));

    [Theory]
    [InlineData("2 + x", "Invalid characters in expression")]
    [InlineData("__import__('os')", "Invalid characters in expression")]
    [InlineData("1 / 0", "division by zero")]
    [InlineData("(1 + 2", "Invalid expression")]
    public void RefusesWhatIsNotArithmetic(string expression, string message) =>
        Assert.Equal(message, Assert.Throws<CommerceException>(() => ArithmeticExpression.Calculate(expression)).Message);
}
