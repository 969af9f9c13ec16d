/**
 * 综合管理 hub texts, Simplified Chinese. Not in the initial bundle: the hub's route fetches this chunk and adds it
 * (officeTexts, lazyTexts) before the page renders. office.en.ts carries the same keys.
 */
export const OFFICE_ZH_CN = {
  'office.title': '综合管理',
  'office.titleStore': '本店督查',
  'office.intro': '综合管理处的日常工作：顾客投诉、进售价与商品质量检查、违纪、营运会议和供应商问题。到期事项都在提醒中心。',
  'office.introStore': '本店的投诉、检查结果、违纪和会议上交给本店的事项。需要本店整改的事项会进入提醒中心和整改列表。',
  'office.alerts': '查看提醒中心',
  'office.none': '当前角色没有可用的综合管理页面。',
  'office.tile.complaints': '顾客投诉',
  'office.tile.complaints.text': '登记、判断、处理和回访，按工作时间计时。',
  'office.tile.price-checks': '进售价检查',
  'office.tile.price-checks.text': '抽查价签、系统价和收银价，准确率不达标自动安排复查和整改。',
  'office.tile.quality-checks': '商品质量检查',
  'office.tile.quality-checks.text': '过期、临期、破损、缺中文标签和冷链温度，每项记录处理方式。',
  'office.tile.violations': '违纪管理',
  'office.tile.violations.text': '按制度条款记录个人、部门或门店违纪，处罚按十二个月内的次数递进。',
  'office.tile.meetings': '营运会议',
  'office.tile.meetings.text': '例会和经营分析会的议程、纪要、决议和待办，未完成事项自动带入下次会议。',
  'office.tile.supplier-issues': '供应商问题',
  'office.tile.supplier-issues.text': '缺货、质量、价格、发票和行为问题，按合同条款限期回复和整改。',
} as const;
