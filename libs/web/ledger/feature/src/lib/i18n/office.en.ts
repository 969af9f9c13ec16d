import { OFFICE_ZH_CN } from './office.zh-cn';

/** 综合管理 hub texts, English (the same keys as office.zh-cn.ts). */
export const OFFICE_EN: Record<keyof typeof OFFICE_ZH_CN, string> = {
  'office.title': 'Office ledger',
  'office.titleStore': 'Store findings',
  'office.intro':
    "The administration office's daily work: customer complaints, price and quality checks, violations, operations meetings and supplier issues. Everything due is in the alert centre.",
  'office.introStore':
    "Your store's complaints, check results, violations and the meeting actions given to it. What your store must fix goes to the alert centre and the corrective actions.",
  'office.alerts': 'Open the alert centre',
  'office.none': 'No office pages for this role.',
  'office.tile.complaints': 'Customer complaints',
  'office.tile.complaints.text': 'Record, judge, resolve and follow up, timed in working hours.',
  'office.tile.price-checks': 'Price checks',
  'office.tile.price-checks.text': 'Sample shelf, system and till prices; below the threshold a re-check and a corrective action follow.',
  'office.tile.quality-checks': 'Quality checks',
  'office.tile.quality-checks.text': 'Expired, near-expiry, damaged, unlabelled goods and cold-chain readings, each with the action taken.',
  'office.tile.violations': 'Violations',
  'office.tile.violations.text': 'Violations of a person, a department or a store by the rule book; penalties step up within 12 months.',
  'office.tile.meetings': 'Operations meetings',
  'office.tile.meetings.text': 'Agenda, minutes, decisions and actions; open actions carry over to the next meeting.',
  'office.tile.supplier-issues': 'Supplier issues',
  'office.tile.supplier-issues.text': 'Short delivery, quality, price, invoice and conduct problems with response and fix deadlines.',
};
