import { describe, expect, it } from 'vitest';
import { codeTokens, highlightCode, TOKEN_KINDS } from '../../../src/lib/format/highlight.ts';

/** The text a reader (or the copy button) gets back from the HTML. */
const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', apos: "'" };
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, e: string) => (e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : NAMED[e]));

const kindsOf = async (code: string, language: Parameters<typeof codeTokens>[1]) => {
  const tokens = (await codeTokens(code, language)).flat();
  return (text: string) => tokens.filter((t) => t.text.trim() === text).map((t) => t.kind);
};

describe('highlightCode', () => {
  it('escapes markup in the code, in strings and in comments', async () => {
    const code = 'x = "</code><script>alert(1)</script>"  # <img src=x onerror=alert(2)>\ny = 1 & 2';
    const html = await highlightCode(code, 'python');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('</code>');
    expect(html).toContain('&#x3C;script>');
    expect(textOf(html)).toBe(code);
  });

  it('builds only spans with token classes: no inline styles, no other elements or attributes', async () => {
    const html = await highlightCode('const a = { "b": 1 }; // c', 'javascript');
    expect(html).not.toMatch(/style=/);
    const tags = [...html.matchAll(/<(\w+)([^>]*)>/g)];
    expect(tags.length).toBeGreaterThan(0);
    for (const [, tag, attributes] of tags) {
      expect(tag).toBe('span');
      expect(attributes).toMatch(new RegExp(`^ class="tok-(${TOKEN_KINDS.join('|')})"$`));
    }
  });

  it('keeps the code text exactly, line breaks and indentation included', async () => {
    const code = 'def f(a):\n    return a\n\n\nprint(f(1))';
    expect(textOf(await highlightCode(code, 'python'))).toBe(code);
    expect(textOf(await highlightCode('a\r\nb\n', 'bash'))).toBe('a\nb');
  });

  it('marks keywords, strings, numbers, comments and functions in Python', async () => {
    const kind = await kindsOf('from openai import OpenAI\nclient = OpenAI()  # reads the key\nprint("hi", 200)', 'python');
    expect(kind('from')).toEqual(['keyword']);
    expect(kind('"hi"')).toEqual(['string']);
    expect(kind('200')).toEqual(['number']);
    expect(kind('# reads the key')).toEqual(['comment']);
    expect(kind('print')).toEqual(['function']);
  });

  it('marks commands, strings, variables and comments in bash', async () => {
    const kind = await kindsOf('curl https://api.example.com/v1 \\\n  -H "Authorization: Bearer $KEY" # send\nexport N=1', 'bash');
    expect(kind('curl')).toEqual(['function']);
    expect(kind('# send')).toEqual(['comment']);
    expect(kind('export')).toEqual(['keyword']);
    const html = await highlightCode('echo "key: $KEY"', 'bash');
    expect(html).toContain('class="tok-string"');
    expect(html).toContain('class="tok-variable"');
  });

  it('marks keywords, functions, types and keys in JavaScript and TypeScript', async () => {
    const js = await kindsOf('const r = await client.create({ model: "m", n: 2 });', 'javascript');
    expect(js('const')).toEqual(['keyword']);
    expect(js('create')).toEqual(['function']);
    expect(js('model')).toEqual(['property']);
    expect(js('2')).toEqual(['number']);
    const ts = await kindsOf('function main(x: number): Promise<string> { return `t${x}`; }', 'typescript');
    expect(ts('function')).toEqual(['keyword']);
    expect(ts('main')).toEqual(['function']);
    expect(ts('number')).toEqual(['type']);
    expect(ts('Promise')).toEqual(['type']);
  });

  it('marks keys, strings, numbers and literals in JSON', async () => {
    const html = await highlightCode('{"model": "gpt", "n": 2, "ok": true}', 'json');
    expect(html).toContain('<span class="tok-property">"model"</span>');
    expect(html).toContain('<span class="tok-string">"gpt"</span>');
    expect(html).toContain('<span class="tok-number">2</span>');
    expect(html).toContain('<span class="tok-number">true</span>');
  });

  it('shows code in a language it does not know as plain escaped text', async () => {
    const html = await highlightCode('<b>bold</b>', 'cobol' as never);
    expect(html).toBe('&#x3C;b>bold&#x3C;/b>');
  });
});
