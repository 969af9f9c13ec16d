import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { EN } from './en';
import { Dictionary, TranslationKey, ZH_CN } from './zh-cn';

export type Language = 'zh-CN' | 'en';
export type TranslationParams = Readonly<Record<string, string | number>>;

export const LANGUAGE_STORAGE_KEY = 'storeops.lang';
const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { 'zh-CN': ZH_CN, en: EN };

function isLanguage(value: unknown): value is Language {
  return value === 'zh-CN' || value === 'en';
}

/** Runtime language switch: a signal every text and format pipe reads, persisted per browser. */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(this.restore());

  readonly language = this.current.asReadonly();
  /** The Angular/Intl locale id for formatting numbers and dates. */
  readonly locale = computed(() => (this.current() === 'zh-CN' ? 'zh-CN' : 'en-US'));

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  use(language: Language): void {
    this.current.set(language);
    this.document.documentElement.lang = language;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Private mode or disabled storage: the switch still works for this page.
    }
  }

  toggle(): void {
    this.use(this.current() === 'zh-CN' ? 'en' : 'zh-CN');
  }

  /** Looks a key up in the current dictionary and fills `{name}` placeholders; unknown keys come back as is. */
  t(key: TranslationKey | string, params?: TranslationParams): string {
    const text = (DICTIONARIES[this.current()] as Record<string, string>)[key] ?? (ZH_CN as Record<string, string>)[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  }

  private restore(): Language {
    try {
      const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
      if (isLanguage(saved)) return saved;
    } catch {
      // Fall through to the default.
    }
    return 'zh-CN';
  }
}
