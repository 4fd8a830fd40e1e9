namespace EcomBot.Bot.Conversation.Routing.Training;

/// <summary>
/// The utterances the shipped router learns from, embedded in the bot assembly: the Bitext training split
/// (27 support intents) and EcomBot's own examples (product discovery, cart, outreach replies, small talk,
/// store-rule questions, out of scope).
/// </summary>
public static class IntentTrainingSet
{
    public const string BitextResource = "EcomBot.Routing.bitext-train.csv";
    public const string OwnExamplesResource = "EcomBot.Routing.ecombot-examples.csv";

    public static IReadOnlyList<LabelledUtterance> LoadShipped() =>
        [.. ReadResource(BitextResource), .. ReadResource(OwnExamplesResource)];

    public static IReadOnlyList<LabelledUtterance> ReadResource(string name)
    {
        using var stream = typeof(IntentTrainingSet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded training data '{name}' is missing from the bot assembly");
        using var reader = new StreamReader(stream);
        return LabelledUtteranceCsv.Read(reader, name);
    }
}
