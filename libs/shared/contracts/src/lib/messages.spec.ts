import { cellMessage, IMPORT_MESSAGES, importGroupTitle, importMessage, langOf } from './messages';

describe('langOf (Accept-Language)', () => {
  it.each<[string | undefined, 'zh-CN' | 'en']>([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['zh-CN,zh;q=0.9', 'zh-CN'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,en;q=0.5', 'en'],
    ['fr-FR', 'zh-CN'],
    ['zh-TW,en;q=0.8', 'zh-CN'],
  ])('%p → %s', (header, lang) => expect(langOf(header)).toBe(lang));
});

describe('import problems in words', () => {
  it('every code has both languages: Chinese in zh-CN, no Chinese sentence in English, and the value quoted', () => {
    const params = {
      value: 'X1',
      field: 'sales',
      header: 'H',
      firstLine: 3,
      line: 4,
      order: '31.07.2015',
      style: '1,234.56',
      aliases: 'a',
      store: 'S',
      storeId: 1,
    };
    for (const [code, message] of Object.entries(IMPORT_MESSAGES)) {
      const zh = message['zh-CN'](params);
      // The open-flag examples are the file's own words, the same in both languages.
      const en = message.en(params).replace(/营业\/闭店|是\/否/g, '');
      expect([code, /[\u4e00-\u9fff]/.test(zh)]).toEqual([code, true]);
      expect([code, /[\u4e00-\u9fff]/.test(en)]).toEqual([code, false]);
      if (message.en.toString().includes("p['value']")) expect([code, zh.includes('X1') && en.includes('X1')]).toEqual([code, true]);
    }
  });

  it('a cell problem names its column', () => {
    expect(cellMessage('销售额', 'not_a_number', { value: '一百' }, 'zh-CN')).toBe('销售额: “一百”不是数字');
    expect(cellMessage('销售额', 'not_a_number', { value: '一百' }, 'en')).toBe('销售额: "一百" is not a number');
  });

  it('a field is named in the language asked for', () => {
    expect(importMessage('missing_field', { field: 'store_code', aliases: '门店编码' }, 'zh-CN')).toContain('门店编码列');
    expect(importMessage('missing_field', { field: 'store_code', aliases: '门店编码' }, 'en')).toContain('no column for store code');
  });

  it('groups have a short title; an unknown code is shown as it is', () => {
    expect(importGroupTitle('unknown_store', 'zh-CN')).toBe('未知的门店编码');
    expect(importGroupTitle('unknown_store', 'en')).toBe('unknown store code');
    expect(importMessage('no_such_code', {}, 'en')).toBe('no_such_code');
  });
});
