using LegalGen.Diagnostics;
using LegalGen.Model;

namespace LegalGen.Content;

/// <summary>Reads only <c>site.yml</c>, for commands that work on one policy without loading the whole site.</summary>
internal static class SettingsFile
{
    public static SiteSettings? Load(string contentDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Error(DiagnosticCodes.ContentFolderMissing, SourceLocation.StartOf(contentDirectory),
                "the content folder does not exist",
                "run the command in your repository, or point --content at the folder that holds site.yml");
            return null;
        }

        var siteFile = Path.Combine(contentDirectory, SiteFileReader.FileName);
        if (!File.Exists(siteFile))
        {
            diagnostics.Error(DiagnosticCodes.SiteFileMissing, SourceLocation.StartOf(SiteFileReader.FileName),
                "the content folder has no site.yml",
                "create site.yml with 'title:', 'default_language:' and 'languages:' (see the README)");
            return null;
        }

        return SiteFileReader.Read(SiteFileReader.FileName, File.ReadAllBytes(siteFile), diagnostics);
    }
}
