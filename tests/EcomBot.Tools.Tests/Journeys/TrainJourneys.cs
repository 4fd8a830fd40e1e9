using EcomBot.TestSupport;
using EcomBot.Tools.Journeys;

namespace EcomBot.Tools.Tests.Journeys;

/// <summary>The train tasks and their simulated customers, loaded once for the journey tests.</summary>
internal static class TrainJourneys
{
    private static readonly Lazy<IReadOnlyList<JourneyTask>> LazyTasks = new(() => JourneyTask.Load(
        SharedDataSets.File("tau2-retail/tasks_train.json"), SharedDataSets.File("tau2-retail/replay_train.json")));

    private static readonly Lazy<IReadOnlyDictionary<string, CustomerCard>> LazyCards = new(() => CustomerCard.Load(CustomerCard.TrainFile));

    public static IReadOnlyList<JourneyTask> Tasks => LazyTasks.Value;

    public static IReadOnlyDictionary<string, CustomerCard> Cards => LazyCards.Value;

    public static JourneyTask Task(string id) => Tasks.Single(t => t.Id == id);

    /// <summary>The proposal check of a task: the changes its gold replay makes.</summary>
    public static ProposalJudge Judge(string taskId) => new(GoldChange.Of(Task(taskId).Gold, DemoData.Database));
}
