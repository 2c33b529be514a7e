using System.Collections.Concurrent;
using System.Reflection;
using LegalGen.Html;
using Scriban.Runtime;

namespace LegalGen.Rendering;

/// <summary>
/// What templates can read of LegalGen's page models and views: every public property, named in snake_case
/// (<c>TextLangName</c> → <c>text_lang_name</c>), read through a delegate made once per property. Lists are
/// given as they are; <see cref="RawHtml"/> and <see cref="HtmlFragment"/> are written as HTML; any other value is
/// escaped when written.
/// </summary>
internal static class TemplateMembers
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<TemplateMember>> Members = new();

    /// <summary>
    /// True for the types whose members templates read: LegalGen's own classes and records — not the HTML it wrote
    /// (<see cref="RawHtml"/>, <see cref="HtmlFragment"/>), and not the collections the compiler makes for collection
    /// expressions, which Scriban reads as lists.
    /// </summary>
    public static bool AreReadFrom(Type type) =>
        type.Assembly == typeof(TemplateMembers).Assembly
        && type.IsClass
        && type != typeof(RawHtml)
        && !typeof(HtmlFragment).IsAssignableFrom(type)
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
        var enumeration = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var (reader, value) = !enumeration.IsEnum ? (nameof(Typed), property.PropertyType)
            : enumeration == property.PropertyType ? (nameof(Words), enumeration)
            : (nameof(OptionalWords), enumeration);
        return (Func<object, object?>)typeof(TemplateMembers)
            .GetMethod(reader, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(property.DeclaringType!, value)
            .Invoke(null, [property.GetMethod!])!;
    }

    private static Func<object, object?> OptionalWords<TTarget, TEnum>(MethodInfo getter)
        where TEnum : struct, Enum
    {
        var get = getter.CreateDelegate<Func<TTarget, TEnum?>>();
        var words = WordsOf<TEnum>();
        return target => get((TTarget)target) is { } value ? words[value] : null;
    }

    private static Dictionary<TEnum, string> WordsOf<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().ToDictionary(v => v, v => TemplateValues.NameOf(v));

    /// <summary>An enumeration's value as its word (<see cref="TemplateValues"/>), made once per value: templates compare and print words.</summary>
    private static Func<object, object?> Words<TTarget, TEnum>(MethodInfo getter)
        where TEnum : struct, Enum
    {
        var get = getter.CreateDelegate<Func<TTarget, TEnum>>();
        var words = WordsOf<TEnum>();
        return target => words[get((TTarget)target)];
    }

    private static Func<object, object?> Typed<TTarget, TValue>(MethodInfo getter)
    {
        // Templates read flags and numbers (a change's number, a stretch's size) on every row and passage: boxes made
        // once, instead of a new one at each read.
        var get = getter.CreateDelegate<Func<TTarget, TValue>>();
        if (typeof(TValue) == typeof(bool))
        {
            var flag = (Func<TTarget, bool>)(object)get;
            return target => flag((TTarget)target) ? True : False;
        }

        if (typeof(TValue) == typeof(int))
        {
            var number = (Func<TTarget, int>)(object)get;
            return target => Box(number((TTarget)target));
        }

        if (typeof(TValue) == typeof(int?))
        {
            var number = (Func<TTarget, int?>)(object)get;
            return target => number((TTarget)target) is { } value ? Box(value) : null;
        }

        return target => get((TTarget)target);
    }

    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] Numbers = Enumerable.Range(0, 1024).Select(n => (object)n).ToArray();

    private static object Box(int value) => (uint)value < (uint)Numbers.Length ? Numbers[value] : value;
}
