namespace LegalGen.Content;

/// <summary>
/// Names Windows reserves for devices in every folder (<c>con</c>, <c>nul</c>, <c>com1</c>…): a site with a
/// folder of that name cannot be checked out, copied or served there, so they are refused as policy slugs
/// and language tags, which become folder names of the site.
/// </summary>
internal static class DeviceNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul",
        "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static bool IsReserved(string name) => Reserved.Contains(name);
}
