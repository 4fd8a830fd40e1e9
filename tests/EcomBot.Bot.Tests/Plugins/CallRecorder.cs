using System.Collections.Concurrent;
using System.Reflection;
using EcomBot.Bot.Plugins.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Bot.Tests.Plugins;

/// <summary>
/// Wraps the stores a turn could reach (the store's records, carts, the knowledge index, profiles) so every call is
/// recorded together with the kernel function it was made for (<see cref="FunctionAuditFilter.CurrentFunction"/>; null
/// when it was made outside any kernel function).
/// </summary>
internal sealed class CallRecorder
{
    public ConcurrentQueue<(string Call, string? Function)> Calls { get; } = new();

    /// <summary>Replaces the registration of <typeparamref name="T"/> with a recording wrapper around what it built.</summary>
    public void Wrap<T>(IServiceCollection services) where T : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(registered);
        services.AddSingleton(sp =>
        {
            var inner = (T)(registered.ImplementationInstance
                ?? registered.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!));
            var proxy = DispatchProxy.Create<T, RecordingProxy<T>>();
            ((RecordingProxy<T>)(object)proxy).Bind(inner, this);
            return proxy;
        });
    }
}

/// <summary>DispatchProxy derives a type from this class at run time, so it cannot be sealed.</summary>
internal class RecordingProxy<T> : DispatchProxy where T : class
{
    private T? _inner;
    private CallRecorder? _recorder;

    public void Bind(T inner, CallRecorder recorder) => (_inner, _recorder) = (inner, recorder);

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        _recorder!.Calls.Enqueue(($"{typeof(T).Name}.{targetMethod!.Name}", FunctionAuditFilter.CurrentFunction));
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
        {
            throw wrapped.InnerException;
        }
    }
}
