namespace AdaptiveCards;

/// <summary>
/// Empty stand-in for the one AdaptiveCards type that Microsoft.Bot.Schema names
/// (SharePoint QuickViewResponse). EcomBot builds cards as JSON and never uses it.
/// </summary>
public class AdaptiveCard
{
}
