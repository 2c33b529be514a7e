using System.Collections.Concurrent;
using System.Reflection;
using LegalGen.Html;
using Scriban.Runtime;

namespace LegalGen.Rendering;

/// <summary>
/// What templates can read of LegalGen's page models and views: every public property, named in snake_case
/// (<c>TextLangName</c> → <c>text_lang_name</c>), read through a delegate made once per property. Lists are
/// given as they are; <see cref="RawHtml"/> is written as HTML; any other value is escaped when written.
/// </summary>
internal static class TemplateMembers
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<TemplateMember>> Members = new();

    /// <summary>
    /// True for the types whose members templates read: LegalGen's own classes and records — not <see cref="RawHtml"/>,
    /// and not the collections the compiler makes for collection expressions, which Scriban reads as lists.
    /// </summary>
    public static bool AreReadFrom(Type type) =>
        type.Assembly == typeof(TemplateMembers).Assembly
        && type.IsClass
        && type != typeof(RawHtml)
        && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
        && !typeof(Delegate).IsAssignableFrom(type);

    public static IReadOnlyList<TemplateMember> Of(Type type) => Members.GetOrAdd(type, Find);

    private static List<TemplateMember> Find(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
        .Select(p => new TemplateMember(StandardMemberRenamer.Rename(p.Name), p.PropertyType, Reader(p)))
        .ToList();

    private static Func<object, object?> Reader(PropertyInfo property)
    {
        var read = (Func<object, object?>)typeof(TemplateMembers)
            .GetMethod(nameof(Typed), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(property.DeclaringType!, property.PropertyType)
            .Invoke(null, [property.GetMethod!])!;
        var enumeration = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (!enumeration.IsEnum) return read;

        // Each value's word, made once: templates compare and print words, not .NET enumerations.
        var words = Enum.GetValues(enumeration).Cast<Enum>().ToDictionary(v => (object)v, TemplateValues.NameOf);
        return target => read(target) is { } value ? words[value] : null;
    }

    private static Func<object, object?> Typed<TTarget, TValue>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TTarget, TValue>>();
        return target => get((TTarget)target);
    }
}
