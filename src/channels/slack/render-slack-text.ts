import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';

/** How one Slack text flavour marks emphasis; the plain flavour marks nothing. */
export interface SlackTextStyle {
  bold(text: string): string;
  italic(text: string): string;
  strike(text: string): string;
  code(text: string): string;
  codeBlock(text: string): string;
  /** `label` is already rendered; `url` is an http(s) address, already escaped. */
  link(label: string, url: string): string;
  quote(text: string): string;
}

/**
 * Escapes text for Slack. Slack reads `<...>` as links and mentions (`<!channel>`, `<@U123>`) in
 * mrkdwn and in a message's `text` fallback alike, so `&`, `<` and `>` must be escaped or echoed
 * user text could ping a channel (docs.slack.dev/messaging/formatting-message-text#escaping).
 */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Renders the Markdown RAIA writes with the `marked` lexer, so emphasis, lists and tables are
 * recognised as Markdown defines them rather than by regular expressions. Slack has no tables:
 * each row becomes a bullet line naming its columns, which stays readable on a phone and survives
 * splitting into 3000-character sections (a preformatted grid would wrap and could be cut in two).
 * Raw HTML, autolinks and non-http links stay visible as escaped text, never live markup.
 */
export function renderSlackText(markdown: string, style: SlackTextStyle): string {
  return blocks(Lexer.lex(markdown, { gfm: true }), style, 0);
}

// The lexer without extensions only produces MarkedToken; `Token` adds a catch-all for extensions.
function known(token: Token): MarkedToken {
  return token as MarkedToken;
}

function blocks(tokens: readonly Token[], style: SlackTextStyle, depth: number): string {
  return tokens
    .map((token) => block(known(token), style, depth))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

function block(token: MarkedToken, style: SlackTextStyle, depth: number): string {
  switch (token.type) {
    case 'space':
      return '';
    case 'heading':
      return style.bold(inline(token.tokens, plainStyle));
    case 'paragraph':
      return inline(token.tokens, style);
    case 'text':
      return token.tokens === undefined ? escapeMrkdwn(token.text) : inline(token.tokens, style);
    case 'list':
      return list(token, style, depth);
    case 'blockquote':
      return style.quote(blocks(token.tokens, style, depth));
    case 'code':
      return style.codeBlock(escapeMrkdwn(token.text));
    case 'table':
      return table(token, style);
    case 'hr':
      return '———';
    case 'def':
      return '';
    default:
      return escapeMrkdwn(token.raw.trimEnd());
  }
}

function list(token: Tokens.List, style: SlackTextStyle, depth: number): string {
  const indent = '    '.repeat(depth);
  const start = token.start === '' ? 1 : token.start;
  return token.items
    .map((item, index) => {
      const marker = token.ordered ? `${start + index}.` : depth === 0 ? '•' : '◦';
      const checkbox = item.task ? (item.checked === true ? '☑ ' : '☐ ') : '';
      const content = blocks(
        item.tokens.filter((child) => child.type !== 'checkbox'),
        style,
        depth + 1,
      );
      return `${indent}${marker} ${checkbox}${content.trimStart()}`;
    })
    .join('\n');
}

function table(token: Tokens.Table, style: SlackTextStyle): string {
  const headers = token.header.map((cell) => inline(cell.tokens, plainStyle).trim());
  return token.rows
    .map(([first, ...rest]) => {
      // The first column names the row (a risk, a dimension), so it leads in bold as a whole.
      const label = inline(first?.tokens ?? [], plainStyle).trim();
      const details = rest
        .map((cell, index) => ({
          header: headers[index + 1] ?? '',
          value: inline(cell.tokens, style).trim(),
        }))
        .filter((cell) => cell.value !== '')
        .map((cell) => (cell.header === '' ? cell.value : `${cell.header}: ${cell.value}`));
      const parts = [label === '' ? '' : style.bold(label), details.join(' · ')];
      return `• ${parts.filter((part) => part !== '').join(' — ')}`;
    })
    .join('\n');
}

function inline(tokens: readonly Token[], style: SlackTextStyle): string {
  return tokens.map((token) => inlineToken(known(token), style)).join('');
}

function inlineToken(token: MarkedToken, style: SlackTextStyle): string {
  switch (token.type) {
    case 'text':
      return token.tokens === undefined ? escapeMrkdwn(token.text) : inline(token.tokens, style);
    case 'escape':
      return escapeMrkdwn(token.text);
    case 'strong':
      return style.bold(inline(token.tokens, style));
    case 'em':
      return style.italic(inline(token.tokens, style));
    case 'del':
      return style.strike(inline(token.tokens, style));
    case 'codespan':
      return style.code(escapeMrkdwn(token.text));
    case 'br':
      return '\n';
    case 'link':
      return link(token, style);
    case 'image':
      return escapeMrkdwn(token.text);
    default:
      return escapeMrkdwn(token.raw);
  }
}

function link(token: Tokens.Link, style: SlackTextStyle): string {
  // Autolinks and bare URLs stay as typed: Slack links bare addresses itself, and an autolink's
  // "label" is the whole `<...|...>` text someone typed, which must not become Slack link syntax.
  if (token.autolink === true || !/^https?:\/\//i.test(token.href)) return escapeMrkdwn(token.raw);
  // A `|` would end Slack's link syntax early: in the label it is shown as `¦`, in the URL encoded.
  const label = inline(token.tokens, plainStyle).replaceAll('|', '¦');
  return style.link(label, escapeMrkdwn(token.href.replaceAll('|', '%7C')));
}

/** No markup at all: Slack's notification `text`. */
export const plainStyle: SlackTextStyle = {
  bold: (text) => text,
  italic: (text) => text,
  strike: (text) => text,
  code: (text) => text,
  codeBlock: (text) => text,
  link: (label) => label,
  quote: (text) => text,
};
