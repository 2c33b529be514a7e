using LegalGen.Diagnostics;
using LegalGen.Files;
using LegalGen.Model;

namespace LegalGen.Content;

/// <summary>
/// The one reader of a content folder: <c>site.yml</c> and every <c>&lt;policy&gt;/&lt;date&gt;.&lt;lang&gt;.md</c> into a
/// <see cref="Site"/>, with every rule and guard (limits, links and special files, encodings, front matter, language
/// tags, the rules that span files), each mistake a located diagnostic. Build, check, serve, diff and new all read
/// through it. Returns null when there are errors.
/// </summary>
public static class ContentReader
{
    /// <summary>Files larger than this are refused: legal documents are far smaller, and this bounds memory.</summary>
    public const long MaxFileBytes = ContentLimits.MaxFileBytes;

    /// <param name="cache">Version files read before, taken as they were when they have not changed since (<c>serve</c>); null to read every file.</param>
    public static Site? Read(string contentDirectory, ContentReadOptions options, DiagnosticBag diagnostics, ParsedFileCache? cache = null)
    {
        var root = Path.GetFullPath(contentDirectory);
        var settings = SettingsFile.Load(contentDirectory, diagnostics);
        if (settings is null) return null;

        var candidates = FindVersionFiles(root, settings, options.OnlyPolicy, diagnostics);
        var files = new VersionFile?[candidates.Count];
        Parallel.For(0, candidates.Count, i =>
        {
            var (policy, name, language, relative) = candidates[i];
            var local = new DiagnosticBag();
            if (cache is not null)
            {
                files[i] = cache.Read(Path.Combine(root, relative), policy, name, language, relative, options.SummariesRequired, local);
            }
            else
            {
                var bytes = ReadBounded(Path.Combine(root, relative), relative, local);
                files[i] = bytes is null ? null : VersionFileReader.Read(policy, name, language, relative, bytes, options.SummariesRequired, local);
            }

            diagnostics.AddRange(local);
        });
        cache?.KeepOnly(candidates.Select(c => Path.Combine(root, c.RelativePath)));

        // A binding file that exists but has errors is reported as such; its translations are not also orphans.
        var bindingFiles = candidates.Where(c => c.Language == settings.DefaultLanguage).Select(c => (c.Policy, c.Name.Date)).ToHashSet();
        var policies = PolicyAssembler.Assemble(settings, files.OfType<VersionFile>(), options, bindingFiles.Contains, diagnostics);
        CheckWithdrawnPolicies(settings, PolicyNames(root), diagnostics);
        return diagnostics.HasErrors ? null : new Site(settings, policies);
    }

    /// <summary>The policies of a content folder: its folders named as valid slugs, without reading them (for suggestions).</summary>
    public static IReadOnlyList<string> PolicyNames(string contentDirectory) => !Directory.Exists(contentDirectory)
        ? []
        : Directory.EnumerateDirectories(contentDirectory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !IsHidden(name) && PolicySlug.IsValid(name) && FileKinds.Of(Path.Combine(contentDirectory, name)) == FileKind.Folder)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Each policy site.yml withdraws is one of the content folder's (read or not, so a command on one policy checks them too).</summary>
    private static void CheckWithdrawnPolicies(SiteSettings settings, IReadOnlyList<string> policies, DiagnosticBag diagnostics)
    {
        foreach (var withdrawal in settings.Withdrawals ?? [])
        {
            if (policies.Contains(withdrawal.Policy, StringComparer.Ordinal)) continue;
            var suggestion = Suggestions.Closest(withdrawal.Policy, policies);
            diagnostics.Error(DiagnosticCodes.WithdrawalInvalid, withdrawal.PolicyLocation,
                $"'{withdrawal.Policy}' in '{WithdrawalsReader.Key}' is not a policy of the site",
                suggestion is not null
                    ? $"did you mean '{suggestion}'?"
                    : policies.Count > 0
                        ? $"name a policy by its folder: {string.Join(", ", policies)}"
                        : "name a policy by its folder in the content folder");
        }
    }

    private static List<(string Policy, VersionFileName Name, string Language, string RelativePath)> FindVersionFiles(
        string root, SiteSettings settings, string? onlyPolicy, DiagnosticBag diagnostics)
    {
        var found = new List<(string, VersionFileName, string, string)>();
        foreach (var entry in Sorted(Directory.EnumerateFileSystemEntries(root)))
        {
            var name = Path.GetFileName(entry);
            if (IsHidden(name) || name == SiteFileReader.FileName) continue;
            if (onlyPolicy is not null && name != onlyPolicy) continue;
            var kind = FileKinds.Of(entry);
            if (kind == FileKind.Special)
            {
                ContentFile.IsRegular(entry, name, diagnostics);
                continue;
            }

            if (kind == FileKind.RegularFile || (kind == FileKind.SymbolicLink && !Directory.Exists(entry)))
            {
                diagnostics.Warning(DiagnosticCodes.UnexpectedFile, SourceLocation.StartOf(name),
                    "this file is ignored: the content folder holds site.yml and one folder per policy",
                    "move it out of the content folder, or into a policy folder as <date>.<language>.md");
                continue;
            }

            if (kind == FileKind.SymbolicLink)
            {
                diagnostics.Error(DiagnosticCodes.PolicyFolderInvalid, SourceLocation.StartOf(name + "/"),
                    "policy folders may not be symbolic links", "replace the link with a real folder inside the content folder");
                continue;
            }

            if (!PolicySlug.IsValid(name))
            {
                diagnostics.Error(DiagnosticCodes.PolicyFolderInvalid, SourceLocation.StartOf(name + "/"),
                    DeviceNames.IsReserved(name)
                        ? $"the policy folder name '{name}' is a name Windows reserves for a device, so the site could not be copied to or served from Windows"
                        : $"the policy folder name '{name}' is not a valid slug",
                    $"use lower-case letters, digits and single hyphens, e.g. '{PolicySlug.Suggest(name)}'; the name becomes part of the URL");
                continue;
            }

            var before = found.Count;
            found.AddRange(FindInPolicy(root, name, settings, diagnostics));
            if (found.Count == before && !diagnostics.HasErrors)
                diagnostics.Warning(DiagnosticCodes.UnexpectedFile, SourceLocation.StartOf(name + "/"),
                    "this policy folder has no version files", $"add a file named like {VersionFileName.Example}, or remove the folder");
        }

        return found;
    }

    private static IEnumerable<(string, VersionFileName, string, string)> FindInPolicy(string root, string policy, SiteSettings settings, DiagnosticBag diagnostics)
    {
        foreach (var entry in Sorted(Directory.EnumerateFileSystemEntries(Path.Combine(root, policy))))
        {
            var fileName = Path.GetFileName(entry);
            var relative = policy + "/" + fileName;
            if (IsHidden(fileName)) continue;
            var kind = FileKinds.Of(entry);
            if (kind == FileKind.Special)
            {
                ContentFile.IsRegular(entry, relative, diagnostics);
                continue;
            }

            if (Directory.Exists(entry) || !fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warning(DiagnosticCodes.UnexpectedFile, SourceLocation.StartOf(relative),
                    "this is ignored: a policy folder holds only version files",
                    $"name version files like {VersionFileName.Example}; move other files elsewhere");
                continue;
            }

            if (kind == FileKind.SymbolicLink)
            {
                diagnostics.Error(DiagnosticCodes.FileNameInvalid, SourceLocation.StartOf(relative),
                    "version files may not be symbolic links", "replace the link with the file itself");
                continue;
            }

            var name = VersionFileName.TryParse(fileName, out var problem);
            if (name is null)
            {
                diagnostics.Error(DiagnosticCodes.FileNameInvalid, SourceLocation.StartOf(relative), problem!,
                    $"name version files <effective date YYYY-MM-DD>.<language>.md, e.g. {VersionFileName.Example}");
                continue;
            }

            var language = settings.Languages.FirstOrDefault(l => l.Equals(name.Language, StringComparison.OrdinalIgnoreCase));
            if (language is null)
            {
                var hint = LanguageTag.IsValid(name.Language)
                    ? $"add '{name.Language}' to 'languages' in site.yml, or use one of: {string.Join(", ", settings.Languages)}"
                    : $"use one of the site's languages: {string.Join(", ", settings.Languages)}";
                diagnostics.Error(DiagnosticCodes.UnknownLanguage, SourceLocation.StartOf(relative),
                    $"the language '{name.Language}' in the file name is not one of the site's languages", hint);
                continue;
            }

            yield return (policy, name, language, relative);
        }
    }

    internal static byte[]? ReadBounded(string path, string relative, DiagnosticBag diagnostics) => ContentFile.Read(path, relative, diagnostics);

    private static IEnumerable<string> Sorted(IEnumerable<string> paths) => paths.Order(StringComparer.Ordinal);

    private static bool IsHidden(string name) => name.StartsWith('.') || name.StartsWith('_') || name.EndsWith('~');

    internal static bool IsSymbolicLink(string path) => new FileInfo(path).LinkTarget is not null;
}
