// Every string in content must be plain, visible text of a sane length: control characters break
// feeds and the build, and bidirectional overrides make text read differently from what it holds.
import { pathToField } from '../error-map.ts';
import type { Problem } from '../problem.ts';
import type { RuleContext } from './context.ts';

/** C0/C1 controls (but tab, newline, carriage return), bidi controls, invisible separators. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/;

/** Longest single field, in characters; articles are limited by the file size instead. */
export const MAX_FIELD_CHARS = 6000;

const codePoint = (text: string) => {
  const c = FORBIDDEN.exec(text)![0];
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
};

function strings(data: unknown, path: PropertyKey[], visit: (path: PropertyKey[], text: string, isKey: boolean) => void): void {
  if (typeof data === 'string') visit(path, data, false);
  else if (Array.isArray(data)) data.forEach((v, i) => strings(v, [...path, i], visit));
  else if (data && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) {
      visit([...path, k], k, true);
      strings(v, [...path, k], visit);
    }
}

export function textSafety(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of ctx.entries) {
    if (entry.readError) continue;
    strings(entry.data, [], (path, text, isKey) => {
      const field = pathToField(path) || '(top level)';
      if (FORBIDDEN.test(text))
        problems.push({ file: entry.file, field, message: `the ${isKey ? 'field name' : 'text'} holds an invisible control character (${codePoint(text)})`, fix: 'delete the character; bidirectional and control characters are not allowed' });
      else if (!isKey && text.length > MAX_FIELD_CHARS)
        problems.push({ file: entry.file, field, message: `the text is ${text.length} characters, over the ${MAX_FIELD_CHARS}-character limit`, fix: 'shorten it; long explanations belong in the article' });
    });
    entry.body.split('\n').forEach((line, i) => {
      if (FORBIDDEN.test(line))
        problems.push({ file: entry.file, field: `line ${entry.bodyLine + i}`, message: `the article holds an invisible control character (${codePoint(line)})`, fix: 'delete the character; bidirectional and control characters are not allowed' });
    });
  }
  return problems;
}
