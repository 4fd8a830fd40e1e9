using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// Decides which .NET types stored bot state may name in its <c>$type</c> fields. State is written with type
/// names because the SDK reads typed state back as the type it wrote; an unchecked type name would let anyone who
/// can write to Redis make the bot construct any type it can load. Only the project's own types, Bot Framework
/// schema types, simple values and the common generic collections of those pass, and they are checked before
/// anything is constructed.
/// </summary>
public sealed class BotStateTypeBinder : ISerializationBinder
{
    private static readonly DefaultSerializationBinder Resolver = new();

    private static readonly HashSet<Type> SimpleValues =
    [
        typeof(object), typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan),
        typeof(DateOnly), typeof(TimeOnly), typeof(Guid), typeof(Uri),
    ];

    private static readonly HashSet<Type> Collections =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(KeyValuePair<,>), typeof(Nullable<>),
    ];

    private static readonly HashSet<string> FrameworkAssemblies =
        ["System.Private.CoreLib", "System.Collections", "System.Runtime", "mscorlib", "netstandard"];

    public Type BindToType(string? assemblyName, string typeName)
    {
        // Refuse unknown assemblies by name first, so a stored document cannot even make the bot load one.
        if (assemblyName is not null && !FrameworkAssemblies.Contains(assemblyName) && !IsTrustedAssembly(assemblyName))
        {
            throw Refused($"{typeName}, {assemblyName}");
        }
        var type = Resolver.BindToType(assemblyName, typeName);
        return IsAllowed(type) ? type : throw Refused(type.AssemblyQualifiedName ?? typeName);
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        // Failing on write keeps state that could never be read back out of Redis.
        if (!IsAllowed(serializedType))
        {
            throw Refused(serializedType.FullName ?? serializedType.Name);
        }
        Resolver.BindToName(serializedType, out assemblyName, out typeName);
    }

    public static bool IsAllowed(Type type)
    {
        if (type.IsArray)
        {
            return IsAllowed(type.GetElementType()!);
        }
        if (type.IsGenericType)
        {
            var definitionAllowed = Collections.Contains(type.GetGenericTypeDefinition()) || IsTrustedAssembly(type.Assembly.GetName().Name);
            return definitionAllowed && type.GetGenericArguments().All(IsAllowed);
        }
        return type.IsPrimitive || type.IsEnum || SimpleValues.Contains(type) || IsTrustedAssembly(type.Assembly.GetName().Name);
    }

    private static bool IsTrustedAssembly(string? name) =>
        name is not null
        && (name.StartsWith("EcomBot.", StringComparison.Ordinal) || name == "Microsoft.Bot.Schema");

    private static JsonSerializationException Refused(string type) =>
        new($"Type '{type}' is not allowed in bot state. Keep state in EcomBot types, Bot Framework schema types, "
            + "simple values and List/Dictionary/HashSet of those.");
}
