namespace EcomBot.Bot.Conversation.Routing.Training;

/// <summary>
/// The utterances the shipped router learns from, embedded in the bot assembly: the Bitext training split (27 support
/// intents), the router's own examples (greetings, thanks, small talk, out of scope) and the examples each registered
/// flow declares (<see cref="FlowDescriptor.TrainingExamples"/>: discovery, cart, outreach replies, store-rule questions ...).
/// </summary>
public static class IntentTrainingSet
{
    public const string BitextResource = "EcomBot.Routing.bitext-train.csv";
    public const string RouterExamplesResource = "EcomBot.Routing.ecombot-examples.csv";

    /// <summary>Everything the router learns from, given the flows' example resources.</summary>
    public static IReadOnlyList<LabelledUtterance> Load(IEnumerable<string> flowExamples) =>
        [.. ReadResource(BitextResource), .. OwnExamples(flowExamples)];

    /// <summary>The project's own examples: the router's, then each flow's in the order of their resource names.</summary>
    public static IReadOnlyList<LabelledUtterance> OwnExamples(IEnumerable<string> flowExamples) =>
        [.. ReadResource(RouterExamplesResource), .. flowExamples.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).SelectMany(ReadResource)];

    public static IReadOnlyList<LabelledUtterance> ReadResource(string name)
    {
        using var stream = typeof(IntentTrainingSet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded training data '{name}' is missing from the bot assembly");
        using var reader = new StreamReader(stream);
        return LabelledUtteranceCsv.Read(reader, name);
    }
}
