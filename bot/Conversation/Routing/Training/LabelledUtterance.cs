namespace EcomBot.Bot.Conversation.Routing.Training;

/// <summary>One training or evaluation example: what a customer wrote and the intent it expresses.</summary>
public sealed record LabelledUtterance(string Text, string Intent);
