using System.Xml;

namespace LegalGen.Publishing;

/// <summary>Writes a <see cref="Feed"/> as Atom (RFC 4287): stable ids, <c>updated</c> = the day of the announcement, xhtml content.</summary>
public static class AtomFeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static string Write(Feed feed) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("feed", Atom);
        xml.WriteAttributeString("xml", "lang", null, feed.Language);
        xml.WriteElementString("id", Atom, feed.Id);
        xml.WriteElementString("title", Atom, feed.Title);
        xml.WriteElementString("updated", Atom, XmlOutput.Timestamp(feed.Entries.Count == 0 ? DateOnly.MinValue : feed.Entries.Max(e => e.Updated)));
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, feed.Author);
        xml.WriteEndElement();
        Link(xml, "self", "application/atom+xml", feed.SelfUrl, null);
        Link(xml, "alternate", "text/html", feed.AlternateUrl, null);
        xml.WriteElementString("generator", Atom, "LegalGen");
        foreach (var entry in feed.Entries) WriteEntry(xml, entry);
        xml.WriteEndElement();
    });

    private static void WriteEntry(XmlWriter xml, FeedEntry entry)
    {
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, entry.Id);
        xml.WriteElementString("title", Atom, entry.Title);
        xml.WriteElementString("updated", Atom, XmlOutput.Timestamp(entry.Updated));
        if (entry.Published is { } published) xml.WriteElementString("published", Atom, XmlOutput.Timestamp(published));
        Link(xml, "alternate", "text/html", entry.Url, null);
        if (entry.DiffUrl is not null) Link(xml, "related", "text/html", entry.DiffUrl, entry.DiffTitle);
        if (entry.TranslationOf is { } basis) Link(xml, "related", "text/html", basis.BindingUrl, basis.BindingTitle, basis.BindingLanguage);
        Category(xml, entry.Status, entry.StatusLabel);
        if (entry.EditorialLabel is not null) Category(xml, "editorial", entry.EditorialLabel);
        if (entry.TranslationOf is not null) Category(xml, "translation-of", entry.TranslationOf.Label);

        if (entry.Summary is not null)
        {
            xml.WriteStartElement("summary", Atom);
            xml.WriteAttributeString("xml", "lang", null, entry.TextLanguage);
            xml.WriteString(entry.Summary);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("content", Atom);
        xml.WriteAttributeString("type", "xhtml");
        xml.WriteStartElement("div", Xhtml);
        xml.WriteElementString("p", Xhtml, entry.InForce);
        if (entry.TranslationOf is { } outdated) WriteNotice(xml, outdated);
        if (entry.Summary is not null || entry.Changes.Count > 0)
        {
            xml.WriteStartElement("div", Xhtml);
            xml.WriteAttributeString("xml", "lang", null, entry.TextLanguage);
            if (entry.Summary is not null) xml.WriteElementString("p", Xhtml, entry.Summary);
            if (entry.Changes.Count > 0)
            {
                xml.WriteStartElement("ul", Xhtml);
                foreach (var change in entry.Changes) xml.WriteElementString("li", Xhtml, change);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The pages' sentence on a translation made from an older binding version, with its two links.</summary>
    private static void WriteNotice(XmlWriter xml, FeedTranslationBasis basis)
    {
        xml.WriteStartElement("p", Xhtml);
        xml.WriteString(basis.Notice + " ");
        Anchor(xml, basis.BindingUrl, basis.BindingLanguage, basis.BindingTitle);
        xml.WriteString(" · ");
        Anchor(xml, basis.ChangesUrl, basis.BindingLanguage, basis.ChangesTitle);
        xml.WriteEndElement();
    }

    private static void Anchor(XmlWriter xml, string href, string hreflang, string text)
    {
        xml.WriteStartElement("a", Xhtml);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href, string? title, string? hreflang = null)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        if (hreflang is not null) xml.WriteAttributeString("hreflang", hreflang);
        if (title is not null) xml.WriteAttributeString("title", title);
        xml.WriteEndElement();
    }

    private static void Category(XmlWriter xml, string term, string label)
    {
        xml.WriteStartElement("category", Atom);
        xml.WriteAttributeString("term", term);
        xml.WriteAttributeString("label", label);
        xml.WriteEndElement();
    }
}
