// Code examples highlighted at build time. Shiki tokenizes; each token gets a class, never an
// inline colour, so the page needs no script and no style="" (the CSP forbids both) and both
// themes come from CSS. Code comes from content (untrusted): the HTML is built as a hast tree and
// serialised by hast-util-to-html, which escapes every text node.
import { createHighlighterCore, type HighlighterCore, type ThemeRegistrationRaw } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';
import { CODE_LANGUAGES } from '../../schemas/enums.ts';

export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** The token kinds the site colours; each becomes the class `tok-<kind>`. */
export const TOKEN_KINDS = ['comment', 'keyword', 'string', 'number', 'function', 'property', 'type', 'variable'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

/** TextMate scopes per kind. A more specific scope wins, so NONE resets parts of a wider one. */
const SCOPES: Record<TokenKind | 'none', string[]> = {
  comment: ['comment', 'punctuation.definition.comment'],
  keyword: ['keyword', 'storage', 'keyword.operator.new', 'keyword.operator.logical.python', 'keyword.operator.expression'],
  string: ['string', 'punctuation.definition.string', 'markup.inline.raw'],
  number: ['constant.numeric', 'constant.language', 'constant.character', 'support.constant'],
  function: ['entity.name.function', 'support.function', 'meta.function-call.generic', 'entity.name.command'],
  property: ['support.type.property-name', 'meta.object-literal.key', 'variable.parameter', 'entity.name.tag'],
  type: ['entity.name.type', 'entity.name.class', 'support.type', 'support.class', 'entity.other.inherited-class'],
  variable: ['variable.other.normal', 'variable.other.bracket', 'punctuation.definition.variable', 'variable.other.positional', 'variable.other.special'],
  none: ['keyword.operator', 'punctuation.separator.key-value', 'meta.template.expression', 'meta.embedded', 'punctuation.section.embedded'],
};

// Each kind gets a made-up colour in a theme only Shiki sees; a token's colour names its kind.
const PLAIN = '#000000';
const colourOf = (i: number) => `#0000${(i + 1).toString(16).padStart(2, '0')}`;
const KIND_BY_COLOUR = new Map<string, TokenKind>(TOKEN_KINDS.map((kind, i) => [colourOf(i), kind]));
const CLASS_THEME: ThemeRegistrationRaw = {
  name: 'atlas-classes',
  type: 'light',
  settings: [
    { settings: { foreground: PLAIN, background: '#ffffff' } },
    ...TOKEN_KINDS.map((kind, i) => ({ scope: SCOPES[kind], settings: { foreground: colourOf(i) } })),
    { scope: SCOPES.none, settings: { foreground: PLAIN } },
  ],
};

let highlighter: Promise<HighlighterCore> | undefined;

function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [CLASS_THEME],
    langs: [import('shiki/langs/bash.mjs'), import('shiki/langs/python.mjs'), import('shiki/langs/javascript.mjs'), import('shiki/langs/typescript.mjs'), import('shiki/langs/json.mjs')],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  return highlighter;
}

export interface CodeToken {
  text: string;
  kind?: TokenKind;
}

/** The code as lines of tokens, neighbours of the same kind merged. */
export async function codeTokens(code: string, language: CodeLanguage): Promise<CodeToken[][]> {
  const source = code.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  if (!(CODE_LANGUAGES as readonly string[]).includes(language)) return source.split('\n').map((line) => [{ text: line }]);
  // No time limit: a slow first run must not leave the rest of a line unhighlighted.
  const lines = (await getHighlighter()).codeToTokensBase(source, { lang: language, theme: CLASS_THEME.name, tokenizeTimeLimit: 0 });
  return lines.map((line) =>
    line.reduce<CodeToken[]>((out, token) => {
      const kind = KIND_BY_COLOUR.get((token.color ?? PLAIN).toLowerCase());
      const last = out.at(-1);
      if (last && last.kind === kind) last.text += token.content;
      else out.push({ text: token.content, kind });
      return out;
    }, []),
  );
}

/** The inside of a <code> element: escaped text, coloured tokens in `tok-<kind>` spans. */
export async function highlightCode(code: string, language: CodeLanguage): Promise<string> {
  const lines = await codeTokens(code, language);
  const children: ElementContent[] = lines.flatMap((line, i) => [
    ...(i > 0 ? [{ type: 'text', value: '\n' } as const] : []),
    ...line.map((t): ElementContent => (t.kind ? { type: 'element', tagName: 'span', properties: { className: [`tok-${t.kind}`] }, children: [{ type: 'text', value: t.text }] } : { type: 'text', value: t.text })),
  ]);
  return toHtml({ type: 'root', children });
}
