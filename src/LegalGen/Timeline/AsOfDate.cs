using System.Globalization;

namespace LegalGen.Timeline;

/// <summary>
/// The date a build describes: <c>--as-of</c>, else <c>SOURCE_DATE_EPOCH</c> (the reproducible-builds
/// convention), else today in UTC.
/// </summary>
public static class AsOfDate
{
    public const string EnvironmentVariable = "SOURCE_DATE_EPOCH";

    /// <summary>The as-of date, or null with <paramref name="error"/> saying which input is malformed.</summary>
    public static DateOnly? Resolve(string? option, string? sourceDateEpoch, DateTimeOffset now, out string? error)
    {
        error = null;
        if (!string.IsNullOrWhiteSpace(option))
        {
            if (DateOnly.TryParseExact(option.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            error = $"the as-of date '{option}' is not a date; write it as YYYY-MM-DD, e.g. 2025-01-31";
            return null;
        }

        if (!string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            if (long.TryParse(sourceDateEpoch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
                return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
            error = $"{EnvironmentVariable}='{sourceDateEpoch}' is not a number of seconds since 1970-01-01; unset it or fix it";
            return null;
        }

        return DateOnly.FromDateTime(now.UtcDateTime);
    }
}
