using System.Text.RegularExpressions;
using LegalGen.Pages.Models;
using LegalGen.Pages.Views;
using LegalGen.Redline.Model;
using LegalGen.Rendering;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Rendering;

/// <summary>
/// docs/templates.md cannot drift from what templates receive. Every model a template reads — each page model,
/// and every view reached through its members, through lists and nullables too — must have a section whose heading
/// names it (<c>(`VersionView`)</c>) and whose table lists each of its members as templates see them
/// (<see cref="TemplateMembers"/>, snake_case), and only those; every enumeration templates receive must have a
/// section listing its words (<see cref="TemplateValues"/>), and only those.
/// </summary>
public partial class TemplateDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "templates.md"));

    [Fact]
    public void The_docs_name_every_member_templates_receive_and_no_other() =>
        Assert.True(Problems(Docs).Count == 0, string.Join("\n", Problems(Docs)));

    [Fact]
    public void A_member_left_out_of_the_docs_fails_the_check()
    {
        var docs = Docs.Replace("| `sha256` |", "| `sha_256` |", StringComparison.Ordinal);

        Assert.Equal(
            ["VersionView: `sha256` is not documented", "VersionView: `sha_256` is documented, but templates do not receive it"],
            Problems(docs));
    }

    [Fact]
    public void A_view_left_out_of_the_docs_fails_the_check()
    {
        var docs = Docs.Replace("(`TocEntry`)", "(TocEntry)", StringComparison.Ordinal);

        Assert.Equal(["TocEntry: no section of docs/templates.md is headed with (`TocEntry`)"], Problems(docs));
    }

    [Fact]
    public void The_check_reaches_every_kind_of_page_and_the_views_inside_them()
    {
        var (models, enumerations) = Reached();

        Assert.Superset(PageModels().ToHashSet(), models.ToHashSet());
        Assert.Contains(typeof(RedlineBlock), models);
        Assert.Contains(typeof(LanguageNote), models);
        Assert.Contains(typeof(RedlineStatistics), models);
        Assert.Equal(["BlockKind", "ChangeKind", "PageKind", "VersionStatus"], enumerations.Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    private static List<string> Problems(string docs)
    {
        var sections = Sections(docs);
        var (models, enumerations) = Reached();
        var problems = new List<string>();
        foreach (var type in models.Concat(enumerations).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var documenting = sections.Where(s => s.Types.Contains(type.Name)).ToList();
            if (documenting.Count == 0)
            {
                problems.Add($"{type.Name}: no section of docs/templates.md is headed with (`{type.Name}`)");
                continue;
            }

            var documented = documenting.SelectMany(s => s.Names).ToHashSet(StringComparer.Ordinal);
            var received = type.IsEnum
                ? Enum.GetValues(type).Cast<Enum>().Select(TemplateValues.NameOf).ToHashSet(StringComparer.Ordinal)
                : TemplateMembers.Of(type).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(received.Except(documented).Order(StringComparer.Ordinal).Select(n => $"{type.Name}: `{n}` is not documented"));
            problems.AddRange(documented.Except(received).Order(StringComparer.Ordinal).Select(n => $"{type.Name}: `{n}` is documented, but templates do not receive it"));
        }

        return problems;
    }

    /// <summary>Every concrete page model, and every model and enumeration reachable from them through members.</summary>
    private static (List<Type> Models, List<Type> Enumerations) Reached()
    {
        var models = new List<Type>();
        var enumerations = new List<Type>();
        var pending = new Queue<Type>(PageModels());
        while (pending.TryDequeue(out var type))
        {
            if (models.Contains(type)) continue;
            models.Add(type);
            foreach (var member in TemplateMembers.Of(type))
            {
                var reached = ElementOf(member.Type);
                if (reached.IsEnum && !enumerations.Contains(reached)) enumerations.Add(reached);
                if (TemplateMembers.AreReadFrom(reached)) pending.Enqueue(reached);
            }
        }

        return (models, enumerations);
    }

    private static IEnumerable<Type> PageModels() =>
        typeof(PageModel).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract);

    /// <summary>What a member holds: the type itself, or the element of a list, or the value of a nullable.</summary>
    private static Type ElementOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return type;
        var list = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return list is null ? type : ElementOf(list.GetGenericArguments()[0]);
    }

    /// <summary>
    /// The sections of the docs: each heading's code spans (the types it documents, e.g. <c>(`VersionView`)</c>), and the
    /// code spans in the first cell of each table row under it (the members, or the words, it documents).
    /// </summary>
    private static List<(HashSet<string> Types, List<string> Names)> Sections(string docs)
    {
        var sections = new List<(HashSet<string> Types, List<string> Names)>();
        foreach (var line in docs.Split('\n'))
        {
            if (line.StartsWith('#'))
                sections.Add((CodeSpans(line).ToHashSet(StringComparer.Ordinal), []));
            else if (line.StartsWith('|') && sections.Count > 0)
                sections[^1].Names.AddRange(CodeSpans(line.Split('|')[1]));
        }

        return sections;
    }

    private static IEnumerable<string> CodeSpans(string text) => CodeSpan().Matches(text).Select(m => m.Groups[1].Value.Trim());

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();
}
