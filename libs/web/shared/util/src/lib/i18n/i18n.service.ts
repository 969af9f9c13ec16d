import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { Dictionary, TranslationKey, ZH_CN } from './zh-cn';

export type Language = 'zh-CN' | 'en';
export type TranslationParams = Readonly<Record<string, string | number>>;

export const LANGUAGE_STORAGE_KEY = 'storeops.lang';

/** Texts keyed like a dictionary: what a lazily loaded domain adds (addTexts). */
export type Texts = Readonly<Record<string, string>>;

function isLanguage(value: unknown): value is Language {
  return value === 'zh-CN' || value === 'en';
}

/** Runtime language switch: a signal every text and format pipe reads, persisted per browser. */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(this.restore());
  /** English loads on first use (a lazy chunk), keeping the initial bundle to the default language. */
  private readonly english = signal<Dictionary | null>(null);
  private englishLoad: Promise<void> | null = null;
  /** Texts of domains whose dictionaries load with their routes, per language (see addTexts). */
  private readonly added = signal<Partial<Record<Language, Texts>>>({});

  readonly language = this.current.asReadonly();
  /** The Angular/Intl locale id for formatting numbers and dates. */
  readonly locale = computed(() => (this.current() === 'zh-CN' ? 'zh-CN' : 'en-US'));

  constructor() {
    this.document.documentElement.lang = this.current();
    if (this.current() === 'en') void this.loaded();
  }

  /** Resolves once the current language's texts are available (Chinese always is). */
  loaded(): Promise<void> {
    if (this.current() !== 'en') return Promise.resolve();
    this.englishLoad ??= import('./en').then((m) => this.english.set(m.EN));
    return this.englishLoad;
  }

  /**
   * Adds a domain's texts in one language: a domain whose pages are lazy keeps its dictionary out of the initial
   * bundle and its routes fetch and add it (in the language switched to, too) before the pages render.
   */
  addTexts(language: Language, texts: Texts): void {
    this.added.update((all) => ({ ...all, [language]: { ...all[language], ...texts } }));
  }

  use(language: Language): Promise<void> {
    this.current.set(language);
    this.document.documentElement.lang = language;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Private mode or disabled storage: the switch still works for this page.
    }
    return this.loaded();
  }

  toggle(): Promise<void> {
    return this.use(this.current() === 'zh-CN' ? 'en' : 'zh-CN');
  }

  /** Looks a key up in the current dictionary and fills `{name}` placeholders; unknown keys come back as is. */
  t(key: TranslationKey | string, params?: TranslationParams): string {
    const language = this.current();
    const dictionary = language === 'en' ? this.english() : ZH_CN;
    const added = this.added();
    // Until English has loaded (a moment after switching), the Chinese text stands in.
    const text =
      (dictionary as Record<string, string> | null)?.[key] ??
      added[language]?.[key] ??
      (ZH_CN as Record<string, string>)[key] ??
      added['zh-CN']?.[key] ??
      key;
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
