using LegalGen.Timeline;

namespace LegalGen.Tests.Timeline;

public class AsOfDateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 23, 30, 0, TimeSpan.FromHours(-5));

    [Fact]
    public void The_option_wins_over_the_environment_and_the_clock() =>
        Assert.Equal(new DateOnly(2024, 2, 29), AsOfDate.Resolve("2024-02-29", "0", Now, out _));

    [Fact]
    public void SOURCE_DATE_EPOCH_is_read_as_a_UTC_date() =>
        Assert.Equal(new DateOnly(2023, 11, 14), AsOfDate.Resolve(null, "1700000000", Now, out _));

    [Fact]
    public void Without_either_it_is_today_in_UTC() =>
        Assert.Equal(new DateOnly(2026, 11, 26), AsOfDate.Resolve(null, null, Now, out _));

    [Theory]
    [InlineData("2024-02-30", null)]
    [InlineData("24-01-01", null)]
    [InlineData(null, "yesterday")]
    [InlineData(null, "-5")]
    public void Malformed_dates_are_refused_with_a_reason(string? option, string? epoch)
    {
        Assert.Null(AsOfDate.Resolve(option, epoch, Now, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
