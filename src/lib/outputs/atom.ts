// The Atom format, written once for every feed the site publishes (new models, lifecycle events,
// changes to the data): escaping, the feed envelope and one entry.

/** Escapes text for XML, dropping the control characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

export interface AtomEntry {
  title: string;
  /** The page the entry is about. */
  url: string;
  id: string;
  /** Full timestamps (ISO 8601). */
  updated: string;
  published?: string;
  author?: string;
  summary: string;
  /** A related page, such as the source of the entry's figure. */
  related?: string;
}

export interface AtomFeed {
  title: string;
  /** The feed's own address and the page it mirrors (also its id). */
  self: string;
  page: string;
  updated: string;
  entries: AtomEntry[];
}

function entryXml(e: AtomEntry): string {
  return [
    '  <entry>',
    `    <title>${escapeXml(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
    ...(e.related ? [`    <link rel="related" href="${escapeXml(e.related)}"/>`] : []),
    `    <id>${escapeXml(e.id)}</id>`,
    ...(e.published ? [`    <published>${escapeXml(e.published)}</published>`] : []),
    `    <updated>${escapeXml(e.updated)}</updated>`,
    ...(e.author ? [`    <author><name>${escapeXml(e.author)}</name></author>`] : []),
    `    <summary>${escapeXml(e.summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.page)}"/>`,
    `  <id>${escapeXml(feed.page)}</id>`,
    `  <updated>${escapeXml(feed.updated)}</updated>`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
