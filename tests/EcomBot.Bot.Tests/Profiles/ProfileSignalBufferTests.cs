using System.Diagnostics.Metrics;
using EcomBot.Bot.Profiles.Signals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Profiles;

public sealed class ProfileSignalBufferTests
{
    [Fact]
    public void SignalsPastTheBoundAreDroppedAndCountedInTheMetric()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        var metrics = new ProfileSignalMetrics(meterFactory);
        var queue = new ProfileSignalBuffer(Options.Create(new ProfileSignalOptions { QueueCapacity = 3 }), metrics,
            ProfileTestClock.Create(), NullLogger<ProfileSignalBuffer>.Instance);
        long measured = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ProfileSignalMetrics.MeterName && instrument.Name == "ecombot.profiles.signals.dropped")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref measured, value));
        listener.Start();

        var accepted = Enumerable.Range(0, 5)
            .Select(i => queue.Record(new DetailsProvided(ProfileSubject.Customer($"customer_{i}"), Name: "x")))
            .ToList();

        Assert.Equal([true, true, true, false, false], accepted);
        Assert.Equal(2, metrics.Dropped);
        Assert.Equal(2, measured);
        Assert.Equal(3, queue.Pending);
        Assert.Equal((3L, 3L), (metrics.Accepted, metrics.Outstanding));
    }

    [Fact]
    public void RecordingStampsTheSignalWithTheClock()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var clock = ProfileTestClock.Create();
        var queue = new ProfileSignalBuffer(Options.Create(new ProfileSignalOptions()),
            new ProfileSignalMetrics(services.GetRequiredService<IMeterFactory>()), clock, NullLogger<ProfileSignalBuffer>.Instance);

        queue.Record(new DetailsProvided(ProfileSubject.Customer("customer_1"), Name: "x"));

        Assert.True(queue.Reader.TryRead(out var pending));
        Assert.Equal(ProfileTestClock.Start, pending.At);
    }
}
