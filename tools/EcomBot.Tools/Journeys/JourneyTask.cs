using System.Text.Json.Nodes;
using EcomBot.Tools.Replay;

namespace EcomBot.Tools.Journeys;

/// <summary>
/// One benchmark task as a journey needs it: what the customer knows of themselves (<c>known_info</c>, the only source of
/// their identity), what they want (<c>reason_for_call</c>, <c>task_instructions</c>: what their card is written from), the facts the bot must tell them (<c>communicate_info</c>), and the gold replay (the recorded tool
/// calls and every record they changed).
/// </summary>
public sealed record JourneyTask(
    string Id, string KnownInfo, string ReasonForCall, string TaskInstructions, IReadOnlyList<string> CommunicateInfo, ReplayTask Gold)
{
    /// <summary>The tasks of <paramref name="tasksPath"/> (tasks_train.json), each with its replay from <paramref name="replayPath"/>.</summary>
    public static IReadOnlyList<JourneyTask> Load(string tasksPath, string replayPath)
    {
        var replays = ReplayTask.Load(replayPath).ToDictionary(r => r.Id, StringComparer.Ordinal);
        using var stream = File.OpenRead(tasksPath);
        var tasks = JsonNode.Parse(stream)?.AsArray() ?? throw new InvalidDataException($"'{tasksPath}' holds no tasks.");
        return [.. tasks.Select(task =>
        {
            var id = (string?)task?["id"] ?? throw new InvalidDataException($"A task in '{tasksPath}' has no id.");
            var instructions = task?["user_scenario"]?["instructions"];
            var facts = task?["evaluation_criteria"]?["communicate_info"]?.AsArray().Select(f => (string?)f ?? "").Where(f => f.Length > 0) ?? [];
            return new JourneyTask(
                id,
                (string?)instructions?["known_info"] ?? "",
                (string?)instructions?["reason_for_call"] ?? "",
                (string?)instructions?["task_instructions"] ?? "",
                [.. facts],
                replays.GetValueOrDefault(id) ?? throw new InvalidDataException($"'{replayPath}' has no replay of task {id}."));
        })];
    }

    /// <summary>True for a task whose gold changes nothing: a bot that does nothing passes it (when it need tell nothing).</summary>
    public bool ExpectsNoChange => Gold.Changed.Values.All(records => records.Count == 0);
}
