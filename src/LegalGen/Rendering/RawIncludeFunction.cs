using LegalGen.Html;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LegalGen.Rendering;

/// <summary>
/// Scriban's <c>include</c>, returning <see cref="RawHtml"/> — the included template escapes its own values, so its
/// output must not be escaped a second time. Where the include is written where it stands (<c>{{ include "_redline" }}</c>,
/// as every built-in template uses it), the included template writes straight into the page: a diff page includes
/// its redline views, whose output is as long as the policy's texts, and a string of it made only to be copied
/// would cost a copy and a large allocation per page. Where its value is kept (<c>x = include "…"</c>) it is rendered
/// into an output the thread's context keeps for reuse (<see cref="EscapingTemplateContext.RentOutput"/>). Otherwise
/// as Scriban's own: the arguments after the name are <c>$1</c>, <c>$2</c>…, and a template cannot include itself
/// without end (<see cref="TemplateContext.RecursiveLimit"/>).
/// </summary>
internal sealed class RawIncludeFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        var name = arguments.Count == 0 ? null : context.ObjectToString(arguments[0]);
        if (string.IsNullOrEmpty(name)) throw new ScriptRuntimeException(span, "include needs the name of a template, e.g. include \"_version\"");
        var template = Find(context, span, name);

        var inPlace = callerContext?.Parent is ScriptExpressionStatement && context.EnableOutput;
        var contexts = context as EscapingTemplateContext;
        var output = inPlace ? null : contexts?.RentOutput() ?? new StringBuilderOutput();
        context.EnterRecursive(callerContext);
        var previousIndent = context.CurrentIndent;
        context.CurrentIndent = null;
        if (output is not null) context.PushOutput(output);
        var previousArguments = ArgumentsOf(context);
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            if (previousIndent is not null) context.ResetPreviousNewLine();
            Evaluate(template, context);
            if (previousIndent is not null) context.ResetPreviousNewLine();
            return output is null ? null : new RawHtml(output.ToString());
        }
        finally
        {
            if (output is not null)
            {
                context.PopOutput();
                contexts?.ReturnOutput(output);
            }

            context.CurrentIndent = previousIndent;
            context.ExitRecursive(callerContext);
            context.DeleteValue(ScriptVariable.Arguments);
            if (previousArguments is not null) context.SetValue(ScriptVariable.Arguments, previousArguments, true);
        }
    }

    /// <summary>The template written into the context's current output, as <see cref="Template.Render(TemplateContext)"/> writes it, without making a string of that output.</summary>
    private static void Evaluate(Template template, TemplateContext context)
    {
        if (template.Page is not { } page) return;
        var file = template.SourceFilePath;
        if (file is not null) context.PushSourceFile(file);
        try
        {
            var result = context.Evaluate(page);
            if (result is not null) context.Write(page.Span, result);
        }
        finally
        {
            if (file is not null) context.PopSourceFile();
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The arguments of the include being rendered (<c>$</c>), if any: an include inside an include restores them after.</summary>
    private static object? ArgumentsOf(TemplateContext context)
    {
        var strict = context.StrictVariables;
        context.StrictVariables = false;
        try
        {
            return context.GetValue(ScriptVariable.Arguments);
        }
        finally
        {
            context.StrictVariables = strict;
        }
    }

    /// <summary>The template, parsed once: every partial of the templates folder is parsed when the templates load; others on first use.</summary>
    private static Template Find(TemplateContext context, Scriban.Parsing.SourceSpan span, string name)
    {
        var loader = context.TemplateLoader ?? throw new ScriptRuntimeException(span, $"cannot include '{name}': templates have no loader");
        var path = loader.GetPath(context, span, name) ?? throw new ScriptRuntimeException(span, $"there is no template '{name}'");
        if (context.CachedTemplates.TryGetValue(path, out var template)) return template;
        var text = loader.Load(context, span, path) ?? throw new ScriptRuntimeException(span, $"the template '{name}' could not be read");
        template = Template.Parse(text, path, context.TemplateLoaderParserOptions, context.TemplateLoaderLexerOptions);
        if (template.HasErrors) throw new ScriptParserRuntimeException(span, $"the template '{name}' has errors", template.Messages);
        context.CachedTemplates.Add(path, template);
        return template;
    }
}
