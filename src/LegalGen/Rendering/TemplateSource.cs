namespace LegalGen.Rendering;

/// <summary>
/// Where the templates, interface strings and assets are read from: a folder, or the default set built
/// into LegalGen. Paths inside a source are relative and use forward slashes (<c>i18n/en.yml</c>).
/// </summary>
public abstract class TemplateSource
{
    /// <summary>The folder used when none is named, if the current folder has one.</summary>
    public const string DefaultFolder = "templates";

    /// <summary>The built-in templates: a copy of the repository's <c>templates/</c> folder inside LegalGen.</summary>
    public static TemplateSource BuiltIn { get; } = new EmbeddedTemplateSource();

    /// <summary>How messages name this source's files: the folder as given (<c>templates</c>), or <c>(built-in)</c>.</summary>
    public abstract string DisplayName { get; }

    /// <summary>The folder on disk, or null for the built-in templates.</summary>
    public virtual string? FolderPath => null;

    public static TemplateSource Folder(string directory) => new FolderTemplateSource(directory);

    /// <summary>
    /// The folder named by <c>--templates</c>; when none is named, <c>templates/</c> in the current folder if it
    /// exists — in both cases over the built-in templates, file by file (<see cref="LayeredTemplateSource"/>) —
    /// else the built-in templates alone.
    /// </summary>
    public static TemplateSource Locate(string? directory) =>
        directory is not null ? new LayeredTemplateSource(Folder(directory), BuiltIn)
        : Directory.Exists(DefaultFolder) ? new LayeredTemplateSource(Folder(DefaultFolder), BuiltIn)
        : BuiltIn;

    /// <summary>The sources this one reads from, the one that wins first: a folder then the built-ins, or just itself.</summary>
    public virtual IReadOnlyList<TemplateSource> Layers => [this];

    public abstract bool Exists(string path);

    /// <summary>
    /// Entries of the source that are not regular files — symbolic links, FIFOs, devices — and are never read,
    /// each as messages name it (<c>templates/assets/secret.txt</c>).
    /// </summary>
    public virtual IReadOnlyList<(string Shown, Files.FileKind Kind)> Refused() => [];

    public abstract byte[] ReadBytes(string path);

    /// <summary>A text file, line endings normalised to LF.</summary>
    public string ReadText(string path) =>
        Content.SourceText.NormalizeLineEndings(new System.Text.UTF8Encoding(false).GetString(ReadBytes(path)).TrimStart('\uFEFF'));

    /// <summary>Every file under <paramref name="folder"/> ("" for all), recursively, sorted; names starting with '.' are left out.</summary>
    public abstract IEnumerable<string> EnumerateFiles(string folder);

    /// <summary>A file's name in messages, e.g. <c>templates/diff.sbn</c> or <c>(built-in)/diff.sbn</c>.</summary>
    public virtual string Display(string path) => $"{DisplayName}/{path}";

    /// <summary>True for a relative path that stays inside the source: no rooted paths, no '..' or empty segments.</summary>
    protected static bool IsInside(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Contains('\\') && path.Split('/').All(s => s is not ("" or "." or ".."));
}
