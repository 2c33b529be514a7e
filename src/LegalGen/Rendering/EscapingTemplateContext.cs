using LegalGen.Html;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LegalGen.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes with <c>{{ … }}</c>, except
/// <see cref="RawHtml"/> and <see cref="HtmlFragment"/> (which writes itself straight into the page), and checks
/// that each value reaches the page whole: Scriban cuts long values by default
/// (<see cref="TemplateContext.LimitToString"/>), and a legal text cut short is lost text. Literal template text
/// is written unchanged. It also reads LegalGen's models (<see cref="ModelAccessor"/>) and keeps the outputs of
/// includes for reuse.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    private readonly Stack<StringBuilderOutput> _spareOutputs = new();

    public EscapingTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
        // No limit may cut a page: values and pages are as long as the content they come from (bounded by ContentLimits).
        LimitToString = 0;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = null;
        OnOutputLimit = ScriptLimitBehavior.Throw;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlFragment fragment && Output is StringBuilderOutput output)
        {
            fragment.WriteTo(output.Builder);
            return this;
        }

        var text = Escape(textAsObject);
        if (text is null) return this;
        var before = LengthOfOutput();
        base.Write(span, text);
        if (before >= 0 && LengthOfOutput() - before != text.Length)
            throw new ScriptRuntimeException(span, $"a value of {text.Length} characters was not written whole");
        return this;
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    /// <summary>A date (<c>page.status_as_of</c>) is written as every other date of the models is, YYYY-MM-DD, whatever the culture.</summary>
    public override string? ObjectToString(object? value, bool nested = false) =>
        value is DateOnly date ? Model.DateKey.Of(date) : base.ObjectToString(value, nested);

    /// <summary>LegalGen's page models and views are read as <see cref="TemplateMembers"/> lists them; anything else as Scriban reads it.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        TemplateMembers.AreReadFrom(target.GetType()) ? ModelAccessor.For(target.GetType()) : base.GetMemberAccessorImpl(target);

    /// <summary>An output for an included template: one used before when there is one, so includes reuse their buffers.</summary>
    internal StringBuilderOutput RentOutput() => _spareOutputs.TryPop(out var output) ? output : new StringBuilderOutput();

    internal void ReturnOutput(StringBuilderOutput output)
    {
        output.Builder.Clear();
        _spareOutputs.Push(output);
    }

    private long LengthOfOutput() => Output is StringBuilderOutput builder ? builder.Builder.Length : -1;

    private string? Escape(object? value) => value switch
    {
        null => null,
        RawHtml raw => raw.Html,
        HtmlFragment fragment => fragment.ToString(),
        _ => HtmlText.Escape(ObjectToString(value) ?? ""),
    };
}
