namespace LegalGen.Diagnostics;

/// <summary>
/// What a caller gave LegalGen besides the content: the command line names each with an option or argument,
/// another program with whatever it uses. The core names inputs only by these, never by a flag.
/// </summary>
public enum UsageInput
{
    ContentFolder,
    TemplatesFolder,
    OutputFolder,
    Force,
    BaseUrl,
    AsOfDate,
    VersionDate,
    Policy,
    Language,
    FromVersion,
    ToVersion,
}
