using LegalGen.Tests.Support;

namespace LegalGen.Tests.EndToEnd;

/// <summary>
/// <c>legalgen import</c> run as a user runs it, from the folder of their LegalGen repository, on a git history the
/// test makes — a renamed file, a merged pull request, a late translation: what it writes, what it prints, its exit
/// codes, and that every refusal leaves the content folder as it was.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly GitRepositoryFixture _history = new();
    private readonly string _root = Path.Combine(Path.GetTempPath(), "legalgen-tests", "import-cli-" + Guid.NewGuid().ToString("N"));

    public ImportCommandTests()
    {
        Directory.CreateDirectory(Content);
        File.WriteAllText(Path.Combine(Content, "site.yml"), "title: Legal\ndefault_language: en\nlanguages: [en, de]\n");
    }

    private string Content => Path.Combine(_root, "content");

    public void Dispose()
    {
        _history.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private void MakeHistory()
    {
        _history.Write("privacy.md", "# Privacy Notice\n\nEffective March 1, 2024\n\nWe keep logs for 24 months.\n")
            .Write("de/privacy.md", "# Datenschutzhinweis\n\nGültig ab 1. März 2024\n\nWir speichern Protokolle 24 Monate.\n")
            .Commit("2024-02-20T10:00:00+01:00", "Add the privacy notice");
        _history.Rename("privacy.md", "en/privacy.md").Commit("2024-04-01T10:00:00+02:00", "One folder per language");
        _history.Branch("june")
            .Write("en/privacy.md", "# Privacy Notice\n\nEffective June 1, 2024\n\nWe keep logs for 12 months.\n")
            .Commit("2024-05-02T10:00:00+02:00", "Shorter retention");
        _history.Checkout("main").MergePullRequest("2024-05-06T10:00:00+02:00", "june", 7, "Keep logs for 12 months instead of 24");
    }

    private ToolProcess.Result Import(params string[] more) => CliProcess.Run(_root,
        ["import", "--repo", _history.Root, "--policy", "privacy", "--file", "en=en/privacy.md", "--file", "de=de/privacy.md", .. more]);

    private Dictionary<string, string> ContentFiles() => Directory.EnumerateFiles(Content, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(Content, f), f => Convert.ToHexString(File.ReadAllBytes(f)));

    [GitFact]
    public void Import_writes_one_file_per_version_and_language_and_reports_where_each_date_comes_from()
    {
        MakeHistory();

        var result = Import();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Err);
        Assert.Contains("History of 'privacy' up to ", result.Out);
        Assert.Contains("2024-03-01  stated in the text: \"Effective March 1, 2024\" (privacy.md@", result.Out);
        Assert.Matches(@"2024-06-01  stated in the text: ""Effective June 1, 2024"" \(en/privacy\.md@[0-9a-f]{7}, line 3\); announced 2024-05-06", result.Out);
        Assert.Matches(@"[0-9a-f]{7} 2024-05-06 Keep logs for 12 months instead of 24", result.Out);
        Assert.Contains("content/privacy/2024-06-01.de.md  written  translates 2024-03-01 (an earlier version), the date it states", result.Out);
        Assert.Matches(@"en    [0-9a-f]{7} 2024-04-01 One folder per language  \(only renamed or moved\)", result.Out);
        Assert.Contains("Imported 4 files in content/privacy (4 written).", result.Out);
        Assert.Equal(["2024-03-01.de.md", "2024-03-01.en.md", "2024-06-01.de.md", "2024-06-01.en.md"],
            Directory.EnumerateFiles(Path.Combine(Content, "privacy"), "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var june = File.ReadAllText(Path.Combine(Content, "privacy", "2024-06-01.de.md"));
        Assert.StartsWith("---\ntitle: \"Datenschutzhinweis\"\nsummary: \"Keep logs for 12 months instead of 24\"\npublished: 2024-05-06\ntranslation_of: 2024-03-01\n---\n\n# Datenschutzhinweis\n", june);
    }

    [GitFact]
    public void Importing_again_changes_no_file_and_says_there_is_nothing_new()
    {
        MakeHistory();
        Assert.Equal(0, Import().ExitCode);
        var before = ContentFiles();

        var again = Import();

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Nothing new to import: 4 files in content/privacy (4 unchanged).", again.Out);
        Assert.Equal(before, ContentFiles());
    }

    [GitFact]
    public void An_edited_file_the_history_would_change_is_refused_at_its_place_with_exit_1_and_nothing_is_written()
    {
        MakeHistory();
        Assert.Equal(0, Import().ExitCode);
        var edited = Path.Combine(Content, "privacy", "2024-06-01.de.md");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("24 Monate", "vierundzwanzig Monate"));

        // The German translation of June arrives: the history now gives the edited file another text.
        _history.Write("de/privacy.md", "# Datenschutzhinweis\n\nGültig ab 1. Juni 2024\n\nWir speichern Protokolle 12 Monate.\n")
            .Commit("2024-06-10T10:00:00+02:00", "Translate the June notice");
        var before = ContentFiles();

        var result = Import();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("privacy/2024-06-01.de.md:1:1: error LG071: this file was edited since it was imported", result.Err);
        Assert.Contains("Nothing was imported.", result.Err);
        Assert.Equal(before, ContentFiles());
    }

    [GitFact]
    public void A_dry_run_prints_the_report_and_writes_nothing()
    {
        MakeHistory();

        var result = Import("--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Dry run: 4 files for content/privacy (4 written); nothing was written.", result.Out);
        Assert.False(Directory.Exists(Path.Combine(Content, "privacy")));
    }

    [GitFact]
    public void Each_mistake_in_the_call_is_one_line_naming_the_option_with_exit_2_and_nothing_written()
    {
        MakeHistory();
        var notGit = Path.Combine(_root, "not-git");
        Directory.CreateDirectory(notGit);
        var before = ContentFiles();
        (string[] Arguments, string Message)[] cases =
        [
            (["--repo", Path.Combine(_root, "nowhere"), "--policy", "privacy", "--file", "en=en/privacy.md"], "does not exist (--repo)"),
            (["--repo", notGit, "--policy", "privacy", "--file", "en=en/privacy.md"], "is not a git repository"),
            (["--repo", Path.Combine(_history.Root, "en"), "--policy", "privacy", "--file", "en=en/privacy.md"], "is a folder inside a git repository; give the repository's top folder"),
            (["--repo", _history.Root, "--policy", "privacy", "--file", "en=en/privacy-notice.md"],
                "'en/privacy-notice.md' (en) is in no commit of the repository's history; did you mean 'en/privacy.md'? (--file)"),
            (["--repo", _history.Root, "--policy", "privacy", "--file", "en=en/privacy.md", "--file", "fr=fr/privacy.md"], "the language 'fr' is not one of the site's (en, de)"),
            (["--repo", _history.Root, "--policy", "privacy", "--file", "de=de/privacy.md"], "no file is given for the binding language 'en'"),
            (["--repo", _history.Root, "--policy", "Privacy Policy", "--file", "en=en/privacy.md"], "cannot be a policy's name: it becomes part of every URL, so use lower-case letters, digits and single hyphens (--policy, e.g. --policy privacy-policy)"),
            (["--repo", _history.Root, "--policy", "privacy", "--file", "en/privacy.md"], "does not say which language the file is in"),
            (["--repo", _history.Root, "--policy", "privacy", "--file", "en=en/privacy.md", "--rev", "no-such-branch"], "'no-such-branch' names no commit of the repository (--rev, e.g. --rev main)"),
            (["--repo", _history.Root, "--policy", "privacy", "--file", "en=en/privacy.md", "--date-pattern", "Effective (\\d+"], "is not a regular expression"),
            (["--repo", _history.Root, "--policy", "privacy", "--file", "en=en/privacy.md", "--date-pattern", "Effective (\\d+)"], "does not say where the date is"),
            (["--repo", _history.Root, "--policy", "privacy", "--file", "en=../privacy.md"], "is not a path inside the repository"),
        ];

        foreach (var (arguments, message) in cases)
        {
            var result = CliProcess.Run(_root, ["import", .. arguments]);

            Assert.True(result.ExitCode == 2, $"{string.Join(' ', arguments)}\n{result}");
            Assert.Contains("error: ", result.Err);
            Assert.Contains(message, result.Err);
            Assert.DoesNotContain("   at ", result.Err);
            Assert.Empty(result.Out);
        }

        Assert.Equal(before, ContentFiles());
    }

    [GitFact]
    public void A_content_folder_without_site_yml_is_told_how_to_write_one()
    {
        MakeHistory();
        File.Delete(Path.Combine(Content, "site.yml"));

        var result = Import();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has no site.yml, which names the binding language; create it with: title: …, default_language: en (the binding language), languages: [en, de] (--content)", result.Err);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Content));
    }

    [GitFact]
    public void Without_git_on_the_path_the_import_says_how_to_install_it()
    {
        MakeHistory();
        var noTools = Path.Combine(_root, "no-tools");
        Directory.CreateDirectory(noTools);

        var result = CliProcess.Run(_root, ["import", "--repo", _history.Root, "--policy", "privacy", "--file", "en=en/privacy.md"], ("PATH", noTools));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: the import reads history with the git command, which is not installed or not on the PATH: install git (https://git-scm.com/downloads", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.False(Directory.Exists(Path.Combine(Content, "privacy")));
    }
}
