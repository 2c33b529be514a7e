namespace LegalGen.Import;

/// <summary>How a text states its effective date, in the order the importer trusts them.</summary>
public enum StatementKind
{
    /// <summary>Matched by a pattern the user gave.</summary>
    Pattern,

    /// <summary>In words a reader reads: "Effective May 4, 2026", "Gültig ab 4. Mai 2026", "2026 年 5 月 4 日生效".</summary>
    Words,

    /// <summary>In markup a reader does not see: <c>{: datetime="2026-05-04" }</c>, <c>&lt;time datetime="2026-05-04"&gt;</c>.</summary>
    Attribute,
}
