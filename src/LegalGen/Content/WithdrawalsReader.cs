using System.Globalization;
using LegalGen.Diagnostics;
using LegalGen.Model;
using YamlDotNet.RepresentationModel;

namespace LegalGen.Content;

/// <summary>
/// Reads site.yml's <c>withdrawn: { terms: 2021-11-30 }</c>: each policy withdrawn from a date. Which policies exist is
/// known only once the content is read, so names are checked against them by <see cref="ContentReader"/>, and versions
/// against the dates by <see cref="PolicyAssembler"/>.
/// </summary>
internal static class WithdrawalsReader
{
    public const string Key = "withdrawn";

    private const string Example = "withdrawn: { terms: 2021-11-30 }";

    public static IReadOnlyList<Withdrawal> Read(YamlFields fields, DiagnosticBag diagnostics)
    {
        if (!fields.Has(Key) || fields.IsEmpty(Key)) return [];
        if (fields.Node(Key) is not YamlMappingNode mapping)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, fields.At(fields.Node(Key)!), $"'{Key}' must be a group of 'policy: date' entries",
                $"name each withdrawn policy's folder and the first day it no longer applies, e.g. '{Example}'");
            return [];
        }

        var withdrawals = new List<Withdrawal>();
        foreach (var (key, value) in mapping.Children)
        {
            var policy = (key as YamlScalarNode)?.Value;
            if (string.IsNullOrEmpty(policy))
            {
                diagnostics.Error(DiagnosticCodes.WrongType, fields.At(key), $"each entry of '{Key}' must be 'policy: date'", $"e.g. '{Example}'");
                continue;
            }

            var text = (value as YamlScalarNode)?.Value?.Trim();
            if (text is null || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                diagnostics.Error(DiagnosticCodes.WrongType, fields.At(value),
                    text is null or "" ? $"the withdrawal of '{policy}' has no date" : $"the withdrawal date of '{policy}', '{text}', is not a date",
                    $"write the first day the policy no longer applies as YYYY-MM-DD, e.g. '{policy}: 2021-11-30'");
                continue;
            }

            withdrawals.Add(new Withdrawal(policy, date, fields.At(key), fields.At(value)));
        }

        return withdrawals;
    }
}
