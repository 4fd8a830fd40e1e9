namespace EcomBot.Tools.Tau2;

/// <summary>
/// tau2-bench's pass^k: for each task, the chance that k trials drawn from its n all pass (c passes: C(c,k)/C(n,k)),
/// averaged over the tasks. pass^1 is the mean success rate; higher k rewards a bot that succeeds every time.
/// </summary>
public static class PassHatK
{
    public static double Of(IReadOnlyList<(int Passed, int Trials)> tasks, int k)
    {
        if (tasks.Count == 0)
        {
            return 0;
        }
        return tasks.Average(t => k > t.Trials ? double.NaN : Choose(t.Passed, k) / Choose(t.Trials, k));
    }

    private static double Choose(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }
        var result = 1.0;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
