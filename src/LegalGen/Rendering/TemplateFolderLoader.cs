using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LegalGen.Rendering;

/// <summary>Finds templates named in <c>include</c> inside the templates folder, and nowhere else.</summary>
internal sealed class TemplateFolderLoader(string root) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(TemplateSet.Extension, StringComparison.Ordinal) ? templateName : templateName + TemplateSet.Extension;
        var path = Path.GetFullPath(Path.Combine(root, name));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ScriptRuntimeException(callerSpan, $"'{templateName}' is outside the templates folder");
        if (!File.Exists(path))
            throw new ScriptRuntimeException(callerSpan, $"there is no template '{name}' in the templates folder");
        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.ReadAllText(templatePath).Replace("\r\n", "\n");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
