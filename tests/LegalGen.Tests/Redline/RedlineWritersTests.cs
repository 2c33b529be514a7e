using System.Text.Json;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Redline;

public class RedlineWritersTests
{
    private static readonly RedlineDiff Sample = Redlines.Of(
        "## Scope\n\nThis policy covers the website.\n\n## Logs\n\nLogs are kept for 30 days.\n\n- access\n- erasure\n\n## Contact\n\nWrite to iod@example.com with any question about your data.\n",
        "## Scope\n\nThis policy covers the website and the app.\n\n## Logs\n\nLogs are kept for 14 days.\n\n- access\n- portability\n- erasure\n\n## Contact\n\nCall us.\n\nWrite to iod@example.com with any question about your data.\n");

    [Fact]
    public void The_JSON_form_carries_every_segment_and_the_counts()
    {
        using var json = JsonDocument.Parse(RedlineJsonWriter.Write(Sample));
        var root = json.RootElement;

        Assert.Equal(RedlineJsonWriter.SchemaVersion, root.GetProperty("schema").GetInt32());
        Assert.Equal(Sample.Statistics.WordsInserted, root.GetProperty("statistics").GetProperty("wordsInserted").GetInt32());
        Assert.Equal(Sample.Blocks.Count, root.GetProperty("blocks").GetArrayLength());
        var logs = root.GetProperty("blocks").EnumerateArray().First(b => b.GetProperty("change").GetString() == "modified" && b.GetProperty("section").GetString() == "logs");
        var ops = logs.GetProperty("cells")[0].EnumerateArray().Select(s => (s.GetProperty("op").GetString(), s.GetProperty("text").GetString())).ToList();
        Assert.Equal([("equal", "Logs are kept for"), ("delete", "30"), ("insert", "14"), ("equal", "days.")], ops);
    }

    [Fact]
    public void The_JSON_form_is_the_same_for_the_same_diff()
    {
        Assert.Equal(RedlineJsonWriter.Write(Sample), RedlineJsonWriter.Write(Redlines.Of(
            "## Scope\n\nThis policy covers the website.\n\n## Logs\n\nLogs are kept for 30 days.\n\n- access\n- erasure\n\n## Contact\n\nWrite to iod@example.com with any question about your data.\n",
            "## Scope\n\nThis policy covers the website and the app.\n\n## Logs\n\nLogs are kept for 14 days.\n\n- access\n- portability\n- erasure\n\n## Contact\n\nCall us.\n\nWrite to iod@example.com with any question about your data.\n")));
    }
}
