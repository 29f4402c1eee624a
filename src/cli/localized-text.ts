import { VISIBLE_CHARACTER, type FeedText } from '../feed/schema.js';
import { InputError, UsageError } from './errors.js';

/** Texts given before any `--lang` are in this language. */
export const DEFAULT_LANGUAGE = 'en';

/** `--message … --lang fr --message …`: a text option repeats, once per language. */
export const MESSAGE_OPTIONS = {
  message: { type: 'string', multiple: true },
  lang: { type: 'string', multiple: true },
} as const;

/** `--help` lines of `--lang`, for commands whose texts are `flags` (e.g. `--title and --message`). */
export function langHelp(flags: string): string {
  return `  --lang TAG             the ${flags} flags after it are in language TAG;
                         the ones before any --lang are English`;
}

/**
 * The options every item-creating command (open, maintenance) shares: its texts, with a title, and
 * what the item links to. Their help is ITEM_OPTIONS_HELP, after the command's own lines for
 * `--title` and `--message`, which say what the texts are for there.
 */
export const ITEM_OPTIONS = {
  title: { type: 'string', multiple: true },
  ...MESSAGE_OPTIONS,
  components: { type: 'string' },
  url: { type: 'string' },
} as const;

/** `--help` lines of the options every item-creating command shares, `--lang` included. */
export const ITEM_OPTIONS_HELP = `  --components LIST      comma-separated component ids, e.g. api,web
  --url URL              link to more details (http or https)
${langHelp('--title and --message')}`;

interface OptionToken {
  kind: string;
  name?: string;
  value?: string | undefined;
}

/**
 * Collects `--title`/`--message` (or any text flags in `names`) per language: a flag belongs to
 * the nearest `--lang` before it, or to English when none precedes it. So
 * `--title "API errors" --lang fr --title "Erreurs de l'API"` gives `{ en: …, fr: … }`, and a
 * text given in English only stays a plain string, which every reader accepts as any language.
 */
export function collectTexts<Name extends string>(
  command: string,
  tokens: readonly OptionToken[],
  names: readonly Name[],
): Partial<Record<Name, FeedText>> {
  const texts = new Map<Name, Map<string, string>>();
  let language = DEFAULT_LANGUAGE;
  let languageWithoutText: string | undefined;
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (token.name === 'lang') {
      if (languageWithoutText) throw danglingLanguage(command, languageWithoutText, names);
      language = parseLanguageTag('lang', token.value);
      languageWithoutText = language;
      continue;
    }
    const name = names.find((candidate) => candidate === token.name);
    if (!name) continue;
    const text = token.value.trim();
    // The feed's own rule: spaces and invisible characters alone render blank.
    if (!VISIBLE_CHARACTER.test(text))
      throw new InputError(`${command}: --${name} is empty${language === DEFAULT_LANGUAGE ? '' : ` (--lang ${language})`}`);
    const byLanguage = texts.get(name) ?? new Map<string, string>();
    if (byLanguage.has(language)) throw new UsageError(`${command}: --${name} is given twice for language ${language}`);
    byLanguage.set(language, text);
    texts.set(name, byLanguage);
    languageWithoutText = undefined;
  }
  if (languageWithoutText) throw danglingLanguage(command, languageWithoutText, names);
  const result: Partial<Record<Name, FeedText>> = {};
  for (const [name, byLanguage] of texts) {
    const onlyDefault = byLanguage.size === 1 && byLanguage.has(DEFAULT_LANGUAGE);
    const defaultText = byLanguage.get(DEFAULT_LANGUAGE);
    result[name] = onlyDefault && defaultText !== undefined ? defaultText : Object.fromEntries(byLanguage);
  }
  return result;
}

/** English text of a feed text, else the first language: what the operator reads in summaries. */
export function operatorText(text: FeedText): string {
  if (typeof text === 'string') return text;
  return text[DEFAULT_LANGUAGE] ?? Object.values(text)[0] ?? '';
}

/** A flag's language tag (`--lang`, `--locale`), canonical (`pt-br` → `pt-BR`); refused, naming the flag, when it is none. */
export function parseLanguageTag(flag: string, tag: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    if (canonical) return canonical;
  } catch {
    // RangeError: reported below with the flag's name.
  }
  throw new InputError(`--${flag} "${tag}" is not a BCP 47 language tag (examples: fr, de, pt-BR)`);
}

function danglingLanguage(command: string, language: string, names: readonly string[]): UsageError {
  return new UsageError(`${command}: --lang ${language} must be followed by ${names.map((name) => `--${name}`).join(' or ')}`);
}
