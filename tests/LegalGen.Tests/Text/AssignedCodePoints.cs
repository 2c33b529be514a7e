namespace LegalGen.Tests.Text;

internal static partial class AssignedCodePoints
{
    /// <summary>Whether <paramref name="codePoint"/> is assigned in the Unicode version of LegalGen's data.</summary>
    public static bool Contains(int codePoint)
    {
        var ranges = Ranges;
        var (low, high) = (0, ranges.Length / 2 - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (codePoint < ranges[middle * 2]) high = middle - 1;
            else if (codePoint > ranges[middle * 2 + 1]) low = middle + 1;
            else return true;
        }

        return false;
    }
}
