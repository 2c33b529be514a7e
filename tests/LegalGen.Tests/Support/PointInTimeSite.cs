namespace LegalGen.Tests.Support;

/// <summary>
/// A site whose policies meet every case of "which text was in force on this day?", built as of <see cref="AsOf"/>:
/// <c>privacy</c> has an editorial correction and a version announced for after the as-of date (not translated);
/// <c>terms</c> is to be withdrawn after it; <c>retired</c> was withdrawn before it; <c>future</c> has only an upcoming version.
/// </summary>
internal static class PointInTimeSite
{
    public const string AsOf = "2026-01-01";

    public static readonly string[] Policies = ["privacy", "terms", "retired", "future"];

    public static TestSite Create() => new TestSite(TestSite.DefaultSiteYml + "\nwithdrawn: { retired: 2025-09-01, terms: 2027-03-01 }\n")
        .Version("privacy/2023-03-01.pl.md", "title: Polityka", "## Logi\n\nLogi 30 dni.\n")
        .Version("privacy/2023-03-01.en.md", "title: Policy", "## Logs\n\nLogs 30 days.\n")
        .Version("privacy/2024-02-10.pl.md", "title: Polityka\nsummary: Poprawiono literówkę.\neditorial: true", "## Logi\n\nLogi: 30 dni.\n")
        .Version("privacy/2024-02-10.en.md", "title: Policy\nsummary: Typo fixed.\neditorial: true", "## Logs\n\nLogs: 30 days.\n")
        .Version("privacy/2025-05-01.pl.md", "title: Polityka\nsummary: Logi 14 dni.", "## Logi\n\nLogi 14 dni.\n")
        .Version("privacy/2025-05-01.en.md", "title: Policy\nsummary: Logs 14 days.", "## Logs\n\nLogs 14 days.\n")
        .Version("privacy/2026-09-01.pl.md", "title: Polityka\nsummary: Logi 7 dni.", "## Logi\n\nLogi 7 dni.\n")
        .Version("terms/2024-01-15.pl.md", "title: Regulamin", "Regulamin.\n")
        .Version("terms/2024-01-15.en.md", "title: Terms", "Terms.\n")
        .Version("terms/2026-04-01.pl.md", "title: Regulamin\nsummary: Nowe zasady.", "Nowy regulamin.\n")
        .Version("retired/2023-06-01.pl.md", "title: Stary", "Stary.\n")
        .Version("retired/2024-06-01.pl.md", "title: Stary\nsummary: Zmiana.", "Stary, zmieniony.\n")
        .Version("future/2026-07-01.pl.md", "title: Przyszły", "Przyszły.\n");
}
