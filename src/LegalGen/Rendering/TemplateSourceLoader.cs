using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LegalGen.Rendering;

/// <summary>Finds templates named in <c>include</c> in the template source, and nowhere else.</summary>
internal sealed class TemplateSourceLoader(TemplateSource source) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(TemplateSet.Extension, StringComparison.Ordinal) ? templateName : templateName + TemplateSet.Extension;
        if (!source.Exists(name))
            throw new ScriptRuntimeException(callerSpan, $"there is no template '{name}' in {source.DisplayName}");
        return name;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => source.ReadText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
