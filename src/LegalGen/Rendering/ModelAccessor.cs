using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LegalGen.Rendering;

/// <summary>
/// How Scriban reads a page model or view: exactly the members <see cref="TemplateMembers"/> lists, read-only, so
/// what templates receive is decided in one place (and documented, which a test checks).
/// </summary>
internal sealed class ModelAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ModelAccessor> Accessors = new();

    private readonly Type _type;
    private readonly Dictionary<string, TemplateMember> _members;

    private ModelAccessor(Type type)
    {
        _type = type;
        _members = TemplateMembers.Of(type).ToDictionary(m => m.Name, StringComparer.Ordinal);
    }

    public static ModelAccessor For(Type type) => Accessors.GetOrAdd(type, t => new ModelAccessor(t));

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _members.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    /// <summary>
    /// The member's value. A member the model does not have is an error at the place that asks for it — Scriban would
    /// give null, and a misspelt member, or one a newer LegalGen no longer has, would leave a hole in the page unseen.
    /// </summary>
    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (!_members.TryGetValue(member, out var found))
            throw new ScriptRuntimeException(span, $"'{member}' is not a member of this value (a {_type.Name}); its members are {string.Join(", ", _members.Keys)}");
        value = found.Read(target);
        return true;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}
