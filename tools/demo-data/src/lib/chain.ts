import { Role, StoreFormat, StoreStatus } from '@storeops/shared/contracts';
import { intBetween, pick, seededRandom } from './random';

export const DEMO_SEED = 20261127;
export const DEMO_PASSWORD = 'storeops-demo';

export interface DemoRegion {
  code: string;
  name: string;
}
export interface DemoStore {
  code: string;
  name: string;
  regionCode: string;
  format: StoreFormat;
  status: StoreStatus;
  openDate: string;
  salesAreaSqm: number;
}
export interface DemoCategory {
  code: string;
  name: string;
  parentCode: string | null;
}
export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  storeCode: string | null;
  categoryCodes: string[];
}
export interface DemoChain {
  regions: DemoRegion[];
  stores: DemoStore[];
  categories: DemoCategory[];
  users: DemoUser[];
}

const REGIONS: Array<DemoRegion & { cities: Array<[code: string, city: string, districts: string[]]> }> = [
  {
    code: 'EAST',
    name: '华东',
    cities: [
      ['SH', '上海', ['徐汇', '浦东', '闵行']],
      ['HZ', '杭州', ['西湖', '滨江', '萧山']],
      ['NJ', '南京', ['鼓楼', '江宁', '建邺']],
      ['SU', '苏州', ['工业园', '姑苏', '吴中']],
    ],
  },
  {
    code: 'SOUTH',
    name: '华南',
    cities: [
      ['GZ', '广州', ['天河', '海珠', '番禺']],
      ['SZ', '深圳', ['南山', '福田', '龙华']],
      ['XM', '厦门', ['思明', '湖里', '集美']],
      ['FS', '佛山', ['禅城', '顺德', '南海']],
    ],
  },
  {
    code: 'NORTH',
    name: '华北',
    cities: [
      ['BJ', '北京', ['朝阳', '海淀', '丰台']],
      ['TJ', '天津', ['和平', '南开', '滨海']],
      ['JN', '济南', ['历下', '槐荫', '高新']],
      ['SJ', '石家庄', ['长安', '裕华', '桥西']],
    ],
  },
  {
    code: 'CENTRAL',
    name: '华中',
    cities: [
      ['WH', '武汉', ['江汉', '武昌', '光谷']],
      ['CS', '长沙', ['岳麓', '芙蓉', '雨花']],
      ['ZZ', '郑州', ['金水', '二七', '郑东']],
      ['NC', '南昌', ['红谷滩', '东湖', '青山湖']],
    ],
  },
];

const CATEGORIES: Array<[code: string, name: string, subs: string[]]> = [
  ['FR', '生鲜', ['水果', '蔬菜', '肉禽', '水产', '蛋品']],
  ['DL', '熟食烘焙', ['熟食', '面包烘焙', '凉菜']],
  ['FD', '食品', ['休闲零食', '饼干糕点', '糖果巧克力', '方便速食']],
  ['GR', '粮油调味', ['米面杂粮', '食用油', '调味品']],
  ['BV', '酒水饮料', ['饮料', '酒类', '冲调']],
  ['FZ', '冷冻冷藏', ['速冻食品', '低温乳品', '冰品']],
  ['PC', '日化', ['个人护理', '洗涤清洁', '纸品']],
  ['HH', '家居', ['厨具餐具', '收纳整理', '家纺']],
  ['MB', '母婴', ['奶粉', '纸尿裤', '婴童用品']],
  ['EL', '家电数码', ['小家电', '数码配件']],
  ['AP', '服装鞋帽', ['男装', '女装', '鞋袜']],
  ['ST', '文体玩具', ['文具', '运动户外', '玩具']],
];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '华',
  '平',
  '建国',
  '海燕',
  '志强',
  '晓东',
];

/** Formats by position in a city: the first store is the flagship hypermarket, then a supermarket, then convenience or supermarket. */
function formatFor(index: number, random: () => number): StoreFormat {
  if (index === 0) return StoreFormat.Hypermarket;
  if (index === 1) return StoreFormat.Supermarket;
  return random() < 0.5 ? StoreFormat.Convenience : StoreFormat.Supermarket;
}

function areaFor(format: StoreFormat, random: () => number): number {
  switch (format) {
    case StoreFormat.Hypermarket:
      return intBetween(random, 80, 150) * 100;
    case StoreFormat.Supermarket:
      return intBetween(random, 20, 50) * 100;
    default:
      return intBetween(random, 8, 30) * 10;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The demo chain: 4 regions, 48 stores, 12 top categories with subcategories and an account for every role.
 * Deterministic for a seed and a reference year (stores opened "last year" are relative to it).
 */
export function generateDemoChain(referenceYear = new Date().getFullYear(), seed = DEMO_SEED): DemoChain {
  const random = seededRandom(seed);
  const regions = REGIONS.map(({ code, name }) => ({ code, name }));
  const stores: DemoStore[] = [];
  for (const region of REGIONS) {
    for (const [cityCode, city, districts] of region.cities) {
      districts.forEach((district, i) => {
        const format = formatFor(i, random);
        stores.push({
          code: `${cityCode}${String(i + 1).padStart(3, '0')}`,
          name: `${city}${district}店`,
          regionCode: region.code,
          format,
          status: StoreStatus.Open,
          openDate: `${intBetween(random, 2012, referenceYear - 2)}-${pad(intBetween(random, 1, 12))}-${pad(intBetween(random, 1, 28))}`,
          salesAreaSqm: areaFor(format, random),
        });
      });
    }
  }
  // Five stores opened last year, so "no history" is a real case for targets; one is still being fitted out, one has closed.
  const byCode = [...stores].sort((a, b) => a.code.localeCompare(b.code));
  for (const store of byCode.filter((_, i) => i % 10 === 7).slice(0, 5)) {
    store.openDate = `${referenceYear - 1}-${pad(intBetween(random, 3, 11))}-${pad(intBetween(random, 1, 28))}`;
  }
  byCode[byCode.length - 2].status = StoreStatus.Preparing;
  byCode[byCode.length - 2].openDate = `${referenceYear + 1}-03-18`;
  byCode[byCode.length - 5].status = StoreStatus.Closed;

  const categories: DemoCategory[] = [];
  for (const [code, name, subs] of CATEGORIES) {
    categories.push({ code, name, parentCode: null });
    subs.forEach((sub, i) => categories.push({ code: `${code}${pad(i + 1)}`, name: sub, parentCode: code }));
  }

  const person = () => pick(random, SURNAMES) + pick(random, GIVEN);
  const lowest = byCode[0];
  const users: DemoUser[] = [
    { username: 'admin', displayName: `系统管理员 ${person()}`, role: Role.Admin, storeCode: null, categoryCodes: [] },
    { username: 'director', displayName: `营运总监 ${person()}`, role: Role.Director, storeCode: null, categoryCodes: [] },
    { username: 'ops', displayName: `营运部长 ${person()}`, role: Role.OpsManager, storeCode: null, categoryCodes: [] },
    { username: 'office', displayName: `综合管理处 ${person()}`, role: Role.AdminOffice, storeCode: null, categoryCodes: [] },
    { username: 'buyer', displayName: `采购 ${person()}`, role: Role.Buyer, storeCode: null, categoryCodes: [] },
    { username: 'specialist', displayName: `品类专员 ${person()}`, role: Role.Specialist, storeCode: null, categoryCodes: ['FR', 'FD'] },
    {
      username: 'manager',
      displayName: `${lowest.name}店长 ${person()}`,
      role: Role.StoreManager,
      storeCode: lowest.code,
      categoryCodes: [],
    },
  ];
  for (const store of byCode.slice(1)) {
    users.push({
      username: `sm-${store.code.toLowerCase()}`,
      displayName: `${store.name}店长 ${person()}`,
      role: Role.StoreManager,
      storeCode: store.code,
      categoryCodes: [],
    });
  }
  return { regions, stores: byCode, categories, users };
}
