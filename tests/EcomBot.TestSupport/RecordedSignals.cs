using EcomBot.Bot.Profiles.Signals;

namespace EcomBot.TestSupport;

/// <summary>Profile signals recorded in memory, for asserting what a turn told the profile.</summary>
public sealed class RecordedSignals : IProfileSignals
{
    private readonly List<ProfileSignal> _signals = [];

    public IReadOnlyList<ProfileSignal> All
    {
        get
        {
            lock (_signals)
            {
                return [.. _signals];
            }
        }
    }

    public bool Record(ProfileSignal signal)
    {
        lock (_signals)
        {
            _signals.Add(signal);
        }
        return true;
    }
}
