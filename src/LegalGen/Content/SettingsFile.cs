using LegalGen.Diagnostics;
using LegalGen.Files;
using LegalGen.Model;

namespace LegalGen.Content;

/// <summary>
/// Reads and validates <c>site.yml</c> with every guard of a build (a missing folder or file, a link, the
/// size limit): for the build itself, and for commands that work on one policy without loading the site.
/// </summary>
internal static class SettingsFile
{
    public static SiteSettings? Load(string contentDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Error(DiagnosticCodes.ContentFolderMissing, SourceLocation.StartOf(contentDirectory),
                "the content folder does not exist",
                "run the command in your repository, or name the folder that holds site.yml");
            return null;
        }

        var siteFile = Path.Combine(contentDirectory, SiteFileReader.FileName);
        var kind = FileKinds.Of(siteFile);
        if (kind == FileKind.Special)
        {
            ContentFile.IsRegular(siteFile, SiteFileReader.FileName, diagnostics);
            return null;
        }

        if (!File.Exists(siteFile))
        {
            diagnostics.Error(DiagnosticCodes.SiteFileMissing, SourceLocation.StartOf(SiteFileReader.FileName),
                "the content folder has no site.yml",
                "create site.yml with 'title:', 'default_language:' and 'languages:' (see the README)");
            return null;
        }

        if (ContentReader.IsSymbolicLink(siteFile))
        {
            diagnostics.Error(DiagnosticCodes.SymbolicLink, SourceLocation.StartOf(SiteFileReader.FileName),
                "site.yml may not be a symbolic link: nothing inside the content folder may lead out of it",
                "replace the link with the file itself (the content folder as a whole may be a link)");
            return null;
        }

        return ContentReader.ReadBounded(siteFile, SiteFileReader.FileName, diagnostics) is { } bytes
            ? SiteFileReader.Read(SiteFileReader.FileName, bytes, diagnostics)
            : null;
    }
}
