namespace EcomBot.Bot.Profiles.Interests;

/// <summary>What the customer did that shows interest; stronger actions weigh more (see <see cref="InterestOptions"/>).</summary>
public enum InterestSource
{
    Search,
    View,
    Cart,
    Order,
}
