/** Bilingual user-facing text: every message exists in English and Chinese and is localised at the edge. */

export type Locale = 'en' | 'zh-CN';

export interface Msg {
  readonly en: string;
  readonly zh: string;
}

export function msg(en: string, zh: string): Msg {
  return { en, zh };
}

export function localize(message: Msg, locale: Locale): string {
  return locale === 'zh-CN' ? message.zh : message.en;
}

/** Maps a locale tag such as `zh_CN.UTF-8`, `zh-cn` or `en-US` to a supported locale. */
export function toLocale(tag: string | undefined): Locale | undefined {
  if (tag === undefined || tag === '') return undefined;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en') || lower === 'c' || lower.startsWith('c.') || lower === 'posix') return 'en';
  return undefined;
}
