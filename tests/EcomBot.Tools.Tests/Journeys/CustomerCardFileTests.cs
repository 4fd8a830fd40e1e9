using System.Text.Json;
using System.Text.RegularExpressions;
using EcomBot.Tools.Journeys;

namespace EcomBot.Tools.Tests.Journeys;

/// <summary>The train customers: one per task, each knowing only what its task says.</summary>
public sealed partial class CustomerCardFileTests
{
    [Fact]
    public void EveryTrainTaskHasOneCustomerWhoAsksForSomething()
    {
        Assert.Equal(74, TrainJourneys.Tasks.Count);
        Assert.Equal(TrainJourneys.Tasks.Select(t => t.Id).Order(), TrainJourneys.Cards.Keys.Order());
        Assert.All(TrainJourneys.Cards.Values, card => Assert.NotEmpty(card.Requests));
    }

    [Fact]
    public void ACustomerNamesOnlyOrderAndItemIdsTheirTaskStates()
    {
        foreach (var task in TrainJourneys.Tasks)
        {
            var said = JsonSerializer.Serialize(TrainJourneys.Cards[task.Id], CustomerCard.Json);
            var known = string.Join(" ", task.KnownInfo, task.ReasonForCall, task.TaskInstructions);
            // The number is what must be stated: a task may tell its customer to add the W ("you forgot the 'W'").
            foreach (var id in Ids().Matches(said).Select(m => m.Value.TrimStart('W')))
            {
                Assert.True(known.Contains(id, StringComparison.Ordinal), $"task {task.Id}'s customer names {id}, which the task does not state");
            }
        }
    }

    [Fact]
    public void EveryScriptedChangeOfMindWaitsForAQuestionTheBotAsks()
    {
        var questions = Enum.GetNames<BotQuestion>();
        var script = TrainJourneys.Cards.Values.SelectMany(c => c.Script).ToList();

        Assert.NotEmpty(script);
        Assert.All(script, change => Assert.Contains(change.On, questions));
    }

    // Order ids (#W1234567 or W1234567), item and product ids (10 digits), without the zip codes and prices around them.
    [GeneratedRegex(@"W\d{7}|\b\d{10}\b")]
    private static partial Regex Ids();
}
