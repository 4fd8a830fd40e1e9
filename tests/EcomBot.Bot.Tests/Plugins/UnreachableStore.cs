using System.Reflection;
using EcomBot.Bot.Commerce;

namespace EcomBot.Bot.Tests.Plugins;

/// <summary>A store whose every call fails the way an unreachable backend does, with internals in the message.
/// DispatchProxy derives a type from it at run time, so it cannot be sealed.</summary>
internal class UnreachableStore : DispatchProxy
{
    public static ICommerceStore Create() => DispatchProxy.Create<ICommerceStore, UnreachableStore>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        throw new HttpRequestException("connection refused: 10.0.0.7:6379");
}
