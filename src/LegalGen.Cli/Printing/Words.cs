using System.Globalization;

namespace LegalGen.Cli.Printing;

/// <summary>Counted nouns for the command's English messages: "1 policy", "2 policies".</summary>
internal static class Words
{
    public static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";
}
