import { TestBed } from '@angular/core/testing';
import { EN } from './en';
import { I18nService, LANGUAGE_STORAGE_KEY } from './i18n.service';
import { ZH_CN } from './zh-cn';

describe('I18nService', () => {
  beforeEach(() => localStorage.clear());

  it('speaks Simplified Chinese by default and marks <html lang>', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.language()).toBe('zh-CN');
    expect(i18n.t('nav.dashboard')).toBe('营运总览');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English at runtime (its texts load lazily) and remembers the choice', async () => {
    const i18n = TestBed.inject(I18nService);
    await i18n.toggle();
    expect(i18n.t('nav.dashboard')).toBe('Dashboard');
    expect(i18n.locale()).toBe('en-US');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('restores the saved language on start', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const i18n = TestBed.inject(I18nService);
    await i18n.loaded();
    expect(i18n.t('auth.logout')).toBe('Sign out');
  });

  it('fills {param} placeholders and leaves unknown ones alone', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('auth.throttled', { seconds: 42 })).toBe('登录尝试过多，请 42 秒后再试');
    expect(i18n.t('org.stores.deactivateText')).toContain('{name}');
  });

  it('returns an unknown key as is, so a missing text is visible rather than blank', () => {
    expect(TestBed.inject(I18nService).t('no.such.key')).toBe('no.such.key');
  });

  it('has an English text for every Chinese key', () => {
    const missing = Object.keys(ZH_CN).filter((key) => !(EN as Record<string, string>)[key]);
    expect(missing).toEqual([]);
  });

  it('adds a lazily loaded domain’s texts, per language, the Chinese standing in until the English arrives', async () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('demo.word')).toBe('demo.word');
    i18n.addTexts('zh-CN', { 'demo.word': '投诉', 'demo.count': '共 {n} 条' });
    expect(i18n.t('demo.word')).toBe('投诉');
    expect(i18n.t('demo.count', { n: 3 })).toBe('共 3 条');
    await i18n.use('en');
    expect(i18n.t('demo.word')).toBe('投诉');
    i18n.addTexts('en', { 'demo.word': 'Complaint' });
    expect(i18n.t('demo.word')).toBe('Complaint');
    expect(i18n.t('nav.dashboard')).toBe('Dashboard');
  });
});
