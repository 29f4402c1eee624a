/**
 * Hosted status pages send update bodies as markdown with some HTML in it.
 * The element renders text only, so this turns a body into plain text that
 * reads well: line breaks kept, tags gone, entities decoded, http(s) links
 * spelled out as "text (url)", mailto: links as "text (address)", and every
 * other link reduced to its text.
 *
 * Bodies can be 1 MiB of hostile input: every step is a forward scan with
 * `indexOf` or a regular expression that cannot backtrack, so the cost stays
 * linear in the body's length.
 */
import { httpUrl } from '../model.js';
import { lookup } from './common.js';

/** Tags whose end (or, for `br`, whose presence) starts a new line. */
const LINE_BREAKING_TAGS = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
/** Tags whose content is code or styling, never text for a reader. */
const HIDDEN_CONTENT_TAGS = new Set(['script', 'style', 'template', 'noscript']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Bounded repetitions only: one `&` costs at most a dozen steps. */
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi;

/** `a`, `/p`, `br/` → `a`, `p`, `br`; empty when the text after `<` is not a tag. */
function tagName(inside: string): string {
  const start = inside.startsWith('/') ? 1 : 0;
  let end = start;
  while (end < inside.length && /[a-z0-9]/i.test(inside.charAt(end))) end++;
  return inside.slice(start, end).toLowerCase();
}

/** Bounded repetitions: a title that never closes costs at most a few hundred steps. */
const LINK_TITLE = /[ \t]{1,20}(?:"[^"\n]{0,300}"|'[^'\n]{0,300}')[ \t]{0,20}\)/y;

/**
 * What a link target becomes in the text: an http(s) URL as itself, a `mailto:` link as its address
 * (plain text, not a link: it is how users can write in), anything else as nothing.
 */
function linkTarget(target: string | undefined): string | undefined {
  const mail = /^mailto:([^?]+)/i.exec(target ?? '')?.[1];
  if (mail === undefined) return httpUrl(target);
  try {
    return decodeURIComponent(mail);
  } catch {
    return mail;
  }
}

function targetOf(inside: string): string | undefined {
  return linkTarget(/\shref\s*=\s*["']?([^"'\s>]+)/i.exec(inside)?.[1]);
}

/** "label (target)", or the bare label when the link has no target worth reading or says the same thing. */
function linkText(label: string, target: string | undefined): string {
  const trimmed = label.trim();
  if (!target || trimmed === target || `${trimmed}/` === target) return label;
  return trimmed ? `${label} (${target})` : target;
}

function stripTags(body: string): string {
  const parts: string[] = [];
  let cursor = 0;
  let lowerBody: string | undefined;
  let openLink: { target: string | undefined; firstPart: number } | undefined;
  for (;;) {
    const open = body.indexOf('<', cursor);
    if (open < 0) break;
    // "a < b" is text, not a tag: a tag starts with a letter, `/` or `!`.
    if (!/[a-z/!]/i.test(body.charAt(open + 1))) {
      parts.push(body.slice(cursor, open + 1));
      cursor = open + 1;
      continue;
    }
    const close = body.indexOf('>', open + 1);
    // No `>` anywhere after: nothing later can be a tag either.
    if (close < 0) break;
    parts.push(body.slice(cursor, open));
    cursor = close + 1;
    const inside = body.slice(open + 1, close);
    if (/^https?:\/\//i.test(inside)) {
      // A markdown autolink, <https://…>.
      parts.push(httpUrl(inside) ?? '');
      continue;
    }
    const name = tagName(inside);
    const closing = inside.startsWith('/');
    if (name === 'a') {
      if (!closing) openLink = { target: targetOf(inside), firstPart: parts.length };
      else if (openLink) {
        parts.push(linkText(parts.splice(openLink.firstPart).join(''), openLink.target));
        openLink = undefined;
      }
    } else if (HIDDEN_CONTENT_TAGS.has(name) && !closing) {
      lowerBody ??= body.toLowerCase();
      const end = lowerBody.indexOf(`</${name}`, cursor);
      const endClose = end < 0 ? -1 : body.indexOf('>', end);
      if (endClose < 0) return parts.join('');
      cursor = endClose + 1;
    } else if (LINE_BREAKING_TAGS.has(name) && (closing || name === 'br')) {
      parts.push('\n');
    }
  }
  parts.push(body.slice(cursor));
  return parts.join('');
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, code: string) => {
    if (!code.startsWith('#')) return lookup(NAMED_ENTITIES, code.toLowerCase()) ?? entity;
    const point = code.charAt(1).toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    const valid = point > 0 && point <= 0x10ffff && (point < 0xd800 || point > 0xdfff);
    return valid ? String.fromCodePoint(point) : '\uFFFD';
  });
}

/** `[label](url)` and `[label](url "title")` → "label (url)" for http(s) URLs, "label (address)" for mailto, else just "label". */
function markdownLinks(text: string): string {
  let result = '';
  let cursor = 0;
  for (;;) {
    let open = text.indexOf('[', cursor);
    if (open < 0) break;
    const middle = text.indexOf('](', open);
    if (middle < 0) break;
    // The label starts at the last `[` before `](`; the scan only moves forward.
    for (let inner = text.indexOf('[', open + 1); inner >= 0 && inner < middle; inner = text.indexOf('[', inner + 1)) open = inner;
    // A target ends at its unbalanced `)` and holds no whitespace; a link starting before a
    // whitespace stop would stop there too, so the scan resumes from the stop, reading nothing twice.
    let end = middle + 2;
    for (let depth = 0; end < text.length && !/\s/.test(text.charAt(end)); end++) {
      if (text.charAt(end) === '(') depth++;
      else if (text.charAt(end) === ')' && depth-- === 0) break;
    }
    if (end === text.length) break;
    let close = end;
    if (text.charAt(end) !== ')') {
      // Stopped at whitespace: a link only if a quoted title and the `)` follow.
      LINK_TITLE.lastIndex = end;
      if (!LINK_TITLE.test(text)) {
        result += text.slice(cursor, end);
        cursor = end;
        continue;
      }
      close = LINK_TITLE.lastIndex - 1;
    }
    result += text.slice(cursor, open) + linkText(text.slice(open + 1, middle), linkTarget(text.slice(middle + 2, end)));
    cursor = close + 1;
  }
  return result + text.slice(cursor);
}

function tidyWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A hosted page's update body as plain text; safe to render as text, never meant as HTML. */
export function plainText(body: string | null | undefined): string {
  if (!body) return '';
  // Tags go before entities are decoded, so `&lt;script&gt;` stays visible text instead of becoming a tag.
  const text = markdownLinks(decodeEntities(stripTags(body)));
  return tidyWhitespace(text.replaceAll('**', '').replaceAll('__', ''));
}
