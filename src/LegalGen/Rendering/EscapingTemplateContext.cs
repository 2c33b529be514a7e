using Scriban;
using Scriban.Parsing;

namespace LegalGen.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes with <c>{{ … }}</c>, except
/// <see cref="RawHtml"/>. Literal template text is written unchanged.
/// </summary>
internal sealed class EscapingTemplateContext(Scriban.Runtime.ScriptObject builtins) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Escape(textAsObject));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Escape(textAsObject));

    private object? Escape(object? value) => value switch
    {
        null => null,
        RawHtml raw => raw.Html,
        _ => HtmlText.Escape(ObjectToString(value) ?? ""),
    };
}
