using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace LegalGen.Rendering;

/// <summary>
/// How Scriban reads a page model or view: exactly the members <see cref="TemplateMembers"/> lists, read-only, so
/// what templates receive is decided in one place (and documented, which a test checks).
/// </summary>
internal sealed class ModelAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ModelAccessor> Accessors = new();

    private readonly Dictionary<string, TemplateMember> _members;

    private ModelAccessor(Type type) => _members = TemplateMembers.Of(type).ToDictionary(m => m.Name, StringComparer.Ordinal);

    public static ModelAccessor For(Type type) => Accessors.GetOrAdd(type, t => new ModelAccessor(t));

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _members.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var found))
        {
            value = found.Read(target);
            return true;
        }

        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}
