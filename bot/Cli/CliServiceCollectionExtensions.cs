namespace EcomBot.Bot.Cli;

public static class CliServiceCollectionExtensions
{
    /// <summary>Registers a command-line verb; verbs are resolved only when the executable runs one.</summary>
    public static IServiceCollection AddCliVerb<TVerb>(this IServiceCollection services)
        where TVerb : class, ICliVerb => services.AddTransient<ICliVerb, TVerb>();
}
