import { ItemKind } from '@storeops/shared/contracts';
import { SectionInput } from './mappers';

/** [title, kind, maxPoints, flags, dueDays]: flags — C 红线 critical, P photo on failure, N N/A allowed. */
type Row = [title: string, kind: ItemKind, maxPoints: number, flags: string, dueDays: number];

export interface DemoTemplate {
  code: string;
  name: string;
  /** Category code, or null for the general store standard. */
  categoryCode: string | null;
  sections: SectionInput[];
}

function section(title: string, rows: Row[]): SectionInput {
  return {
    title,
    items: rows.map(([itemTitle, kind, maxPoints, flags, dueDays]) => ({
      title: itemTitle,
      kind,
      maxPoints,
      allowNa: flags.includes('N'),
      critical: flags.includes('C'),
      photoOnFail: flags.includes('P'),
      dueDays,
    })),
  };
}

/** The demo chain's operating standards 营运标准, worded as a chain's own standard would be. */
export const DEMO_TEMPLATES: DemoTemplate[] = [
  {
    code: 'STD-STORE',
    name: '五星门店营运标准',
    categoryCode: null,
    sections: [
      section('门店形象', [
        ['门头招牌、灯箱完好明亮，无破损、无缺字', 'pass_fail', 4, 'P', 7],
        ['出入口、橱窗玻璃洁净，无乱张贴', 'pass_fail', 3, '', 1],
        ['促销海报、POP 在有效期内，张贴规范', 'pass_fail', 3, 'P', 2],
        ['购物车、购物篮摆放整齐，无破损', 'pass_fail', 2, '', 2],
        ['整体形象（灯光、通道、背景音乐）', 'scale', 5, '', 3],
      ]),
      section('陈列', [
        ['货架商品丰满，无明显空缺位', 'scale', 6, 'P', 1],
        ['商品正面朝外、前置拉排到位', 'pass_fail', 4, '', 1],
        ['端架、堆头按陈列图执行', 'pass_fail', 4, 'PN', 3],
        ['同类商品集中陈列，关联陈列合理', 'pass_fail', 3, '', 3],
        ['通道无压货、无纸箱占道', 'pass_fail', 3, 'P', 1],
      ]),
      section('价签', [
        ['价签与商品一一对应，无错位、无缺失', 'pass_fail', 5, 'P', 1],
        ['价签价格与收银系统一致', 'pass_fail', 5, 'CP', 1],
        ['促销价签标明原价、促销价及活动期限', 'pass_fail', 3, 'N', 1],
        ['价签干净平整，无手写涂改', 'pass_fail', 2, '', 2],
      ]),
      section('卫生', [
        ['卖场地面干净无水渍、无垃圾', 'pass_fail', 4, 'P', 1],
        ['货架、冷柜无积尘、无污渍', 'scale', 4, '', 2],
        ['卫生间清洁无异味，耗材齐全', 'pass_fail', 3, 'N', 1],
        ['垃圾分类存放，及时清运', 'pass_fail', 3, '', 1],
        ['无蚊蝇、鼠迹，虫害防治记录完整', 'pass_fail', 5, 'CP', 1],
      ]),
      section('服务', [
        ['员工着工装、佩戴工牌，仪容整洁', 'pass_fail', 3, '', 1],
        ['主动招呼顾客，使用文明用语', 'scale', 4, '', 3],
        ['收银排队不超过 4 人，高峰及时加开收银台', 'pass_fail', 4, '', 1],
        ['顾客意见簿及投诉电话公示，投诉 24 小时内回复', 'pass_fail', 3, '', 3],
      ]),
      section('安全', [
        ['消防通道、安全出口畅通无堵塞', 'pass_fail', 6, 'CP', 0],
        ['灭火器在有效期内，定点摆放并每月点检', 'pass_fail', 4, 'P', 1],
        ['应急照明、疏散指示灯工作正常', 'pass_fail', 3, 'P', 2],
        ['电气线路无私拉乱接', 'pass_fail', 4, 'CP', 1],
        ['货架层板承重、高位堆放安全', 'pass_fail', 3, 'N', 3],
      ]),
      section('库存', [
        ['过期商品全部下架，临期商品按规定处理', 'pass_fail', 6, 'CP', 0],
        ['仓库分区存放，离墙离地', 'pass_fail', 3, 'P', 3],
        ['收货单据、库存台账及时准确', 'pass_fail', 3, '', 3],
        ['先进先出执行到位', 'scale', 4, '', 3],
      ]),
    ],
  },
  {
    code: 'STD-FR',
    name: '生鲜品类营运标准',
    categoryCode: 'FR',
    sections: [
      section('温度管理', [
        ['冷藏柜温度 0–4℃，冷柜温度 ≤ 4℃', 'pass_fail', 8, 'CP', 0],
        ['冷冻柜温度 ≤ -18℃', 'pass_fail', 5, 'CPN', 0],
        ['温度记录每日 3 次，记录完整真实', 'pass_fail', 4, '', 1],
      ]),
      section('陈列与鲜度', [
        ['陈列饱满，早市 8:00 前补货到位', 'scale', 6, 'P', 1],
        ['先进先出，后进货品不压前', 'pass_fail', 5, '', 1],
        ['果蔬无腐烂、无变色，残次品及时挑拣', 'pass_fail', 5, 'P', 0],
        ['肉禽水产鲜度良好，无异味', 'pass_fail', 6, 'CP', 0],
        ['散装称重商品标明品名、单价、产地', 'pass_fail', 3, '', 1],
      ]),
      section('损耗管理', [
        ['损耗登记及时，报损单据与实物一致', 'pass_fail', 4, '', 2],
        ['出清降价按时段执行，有审批记录', 'pass_fail', 3, 'N', 2],
        ['原料解冻、加工符合操作规程', 'pass_fail', 4, 'N', 1],
      ]),
      section('食品安全', [
        ['加工间生熟分开，刀具砧板分色使用', 'pass_fail', 5, 'CP', 0],
        ['员工健康证在有效期内，佩戴口罩手套', 'pass_fail', 4, '', 3],
        ['肉类检疫合格证明齐全可追溯', 'pass_fail', 5, 'C', 0],
      ]),
    ],
  },
  {
    code: 'STD-FD',
    name: '食品品类营运标准',
    categoryCode: 'FD',
    sections: [
      section('保质期管理', [
        ['无过期商品在售', 'pass_fail', 8, 'CP', 0],
        ['临期商品按规定标识、集中促销', 'pass_fail', 4, 'P', 1],
        ['保质期检查表每周填写完整', 'pass_fail', 3, '', 3],
      ]),
      section('陈列', [
        ['按品类陈列图陈列，品项齐全', 'scale', 5, '', 3],
        ['畅销单品排面充足，无断货', 'pass_fail', 4, 'P', 1],
        ['散装食品有防尘盖、公用夹具，标签齐全', 'pass_fail', 4, 'PN', 1],
        ['商品包装完好，无胀袋、漏气、破损', 'pass_fail', 4, 'P', 1],
      ]),
      section('价签与促销', [
        ['价签与系统一致', 'pass_fail', 4, 'C', 1],
        ['促销堆头商品、价签、海报三一致', 'pass_fail', 3, 'N', 1],
      ]),
      section('库存', [
        ['仓库食品与非食品分开存放', 'pass_fail', 3, '', 3],
        ['退换货商品隔离存放、标识清楚', 'pass_fail', 3, '', 3],
      ]),
    ],
  },
  {
    code: 'STD-DL',
    name: '熟食烘焙品类营运标准',
    categoryCode: 'DL',
    sections: [
      section('出品与鲜度', [
        ['当日出品当日售完，隔夜品不得上架', 'pass_fail', 8, 'CP', 0],
        ['出品时间标签规范，标明制作时间', 'pass_fail', 4, 'P', 1],
        ['热柜温度 ≥ 60℃，冷柜 ≤ 8℃', 'pass_fail', 6, 'CP', 0],
      ]),
      section('加工卫生', [
        ['操作间每日清洁消毒，有记录', 'pass_fail', 5, '', 1],
        ['员工持有效健康证，穿戴帽子口罩手套', 'pass_fail', 4, '', 1],
        ['原料领用登记，添加剂专柜专人管理', 'pass_fail', 4, 'C', 1],
      ]),
      section('陈列与服务', [
        ['陈列饱满，品项丰富', 'scale', 5, '', 1],
        ['试吃台卫生，有防护罩', 'pass_fail', 3, 'N', 1],
        ['称重打包规范，标签信息完整', 'pass_fail', 3, '', 1],
      ]),
    ],
  },
];
