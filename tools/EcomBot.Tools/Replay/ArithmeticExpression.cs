using EcomBot.Bot.Commerce;
using System.Globalization;

namespace EcomBot.Tools.Replay;

/// <summary>The benchmark's <c>calculate</c> tool: evaluates +, -, *, /, //, ** and parentheses over decimal
/// numbers and returns the result rounded to cents, written as Python writes a float ("41.92", "100.0").
/// A small parser, never an evaluator of code.</summary>
public static class ArithmeticExpression
{
    private const string AllowedCharacters = "0123456789+-*/(). ";

    public static string Calculate(string expression)
    {
        if (expression.Any(c => !AllowedCharacters.Contains(c)))
        {
            throw new CommerceException("Invalid characters in expression");
        }
        var parser = new Parser(expression);
        var value = parser.ParseAll();
        return FormatLikePython(Math.Round(value, 2, MidpointRounding.ToEven));
    }

    private static string FormatLikePython(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private sealed class Parser(string text)
    {
        private int _position;

        public double ParseAll()
        {
            var value = Sum();
            SkipSpaces();
            return _position == text.Length ? value : throw Invalid();
        }

        private double Sum()
        {
            var value = Product();
            while (TryTake("+") || TryTake("-"))
            {
                var plus = text[_position - 1] == '+';
                var right = Product();
                value = plus ? value + right : value - right;
            }
            return value;
        }

        private double Product()
        {
            var value = Unary();
            while (true)
            {
                if (TryTake("//"))
                {
                    value = Math.Floor(value / NonZero(Unary()));
                }
                else if (!Peek("**") && TryTake("*"))
                {
                    value *= Unary();
                }
                else if (TryTake("/"))
                {
                    value /= NonZero(Unary());
                }
                else
                {
                    return value;
                }
            }
        }

        private double Unary() => TryTake("-") ? -Unary() : TryTake("+") ? Unary() : Power();

        private double Power()
        {
            var value = Atom();
            // Right-associative, and binds tighter than a unary minus on its left: -2**2 is -4.
            return TryTake("**") ? Math.Pow(value, Unary()) : value;
        }

        private double Atom()
        {
            if (TryTake("("))
            {
                var value = Sum();
                return TryTake(")") ? value : throw Invalid();
            }
            SkipSpaces();
            var start = _position;
            while (_position < text.Length && (char.IsAsciiDigit(text[_position]) || text[_position] == '.'))
            {
                _position++;
            }
            return double.TryParse(text.AsSpan(start, _position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw Invalid();
        }

        private bool TryTake(string token)
        {
            if (!Peek(token))
            {
                return false;
            }
            _position += token.Length;
            return true;
        }

        private bool Peek(string token)
        {
            SkipSpaces();
            return string.CompareOrdinal(text, _position, token, 0, token.Length) == 0;
        }

        private void SkipSpaces()
        {
            while (_position < text.Length && text[_position] == ' ')
            {
                _position++;
            }
        }

        private static double NonZero(double divisor) => divisor != 0 ? divisor : throw new CommerceException("division by zero");

        private static CommerceException Invalid() => new("Invalid expression");
    }
}
