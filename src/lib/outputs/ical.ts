// A minimal RFC 5545 (iCalendar) writer for all-day events: escaped text, lines folded at 75
// octets without splitting a UTF-8 character, CRLF line ends. Knows nothing about models.

export interface IcsEvent {
  /** Globally unique and stable across builds, so calendar apps update rather than duplicate. */
  uid: string;
  /** YYYY-MM-DD: an all-day event on that date. */
  date: string;
  summary: string;
  description: string;
  url: string;
}

export interface IcsCalendar {
  /** The PRODID: who made the file. */
  productId: string;
  /** Shown by calendar apps as the subscription's name (X-WR-CALNAME). */
  name: string;
  /** YYYY-MM-DD: the DTSTAMP of every event (the build date, so one build is byte-for-byte stable). */
  stamp: string;
  events: IcsEvent[];
}

const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into lines of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = lines.length === 0 ? 75 : 74; // a continuation's leading space is its 75th octet
    if (octets + size > limit) {
      lines.push(lines.length === 0 ? current : ` ${current}`);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(lines.length === 0 ? current : ` ${current}`);
  return lines;
}

/** YYYY-MM-DD → YYYYMMDD (a DATE value). */
export function icsDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/** The day after an ISO date, for an all-day event's exclusive DTEND. */
export function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsDate(stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${event.url}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole calendar as text: CRLF line ends, every line folded to 75 octets. */
export function icsCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((e) => eventLines(e, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.flatMap(foldLine).join('\r\n') + '\r\n';
}
