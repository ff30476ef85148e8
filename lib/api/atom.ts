// Atom 1.0 (RFC 4287) feeds of changes, as text. Every element a feed and an entry must have is
// always written: id, title, updated, an author (at feed level), and content (so that an entry
// whose record has no page needs no alternate link).

export type AtomEntry = {
  /** An absolute IRI that never changes for this entry. */
  id: string;
  title: string;
  updated: Date;
  summary: string;
  /** Where the changed record is shown, absolute; null for records without a page. */
  link: string | null;
};

export type AtomFeed = {
  id: string;
  title: string;
  /** The feed's own absolute address. */
  self: string;
  /** The page the feed follows, absolute. */
  alternate: string;
  entries: AtomEntry[];
  /** When nothing has changed yet: the feed's updated date still has to be some date. */
  fallbackUpdated: Date;
};

const escapeXml = (text: string) =>
  text
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

export function renderAtomFeed(feed: AtomFeed): string {
  const updated = feed.entries[0]?.updated ?? feed.fallbackUpdated;
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <updated>${entry.updated.toISOString()}</updated>
${entry.link ? `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>\n` : ""}    <content type="text">${escapeXml(entry.summary)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <updated>${updated.toISOString()}</updated>
  <author><name>Alumni Atlas</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>
  <generator>Alumni Atlas</generator>
${entries.join("\n")}${entries.length ? "\n" : ""}</feed>
`;
}
