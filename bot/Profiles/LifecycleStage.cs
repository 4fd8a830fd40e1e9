namespace EcomBot.Bot.Profiles;

/// <summary>Where a customer stands with the store; see <see cref="Lifecycle.LifecycleClassifier"/> for the rules.</summary>
public enum LifecycleStage
{
    Prospect,
    New,
    Active,
    Loyal,
    AtRisk,
    Lapsed,
}
