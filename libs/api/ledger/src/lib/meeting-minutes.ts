import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { CHINA_OFFSET_MS, MeetingActionResponse, MeetingResponse, Metric } from '@storeops/shared/contracts';

const FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun' };
const STATUS: Record<MeetingActionResponse['status'], string> = { open: '未完成', done: '已完成' };
const KPI: Record<Metric, string> = {
  [Metric.Sales]: '销售额',
  [Metric.GrossMargin]: '毛利额',
  [Metric.MarginRate]: '毛利率',
  [Metric.Transactions]: '来客数',
  [Metric.Basket]: '客单价',
  [Metric.ShrinkRate]: '损耗率',
  [Metric.SalesPerSqm]: '坪效',
  [Metric.SalesPerLabourHour]: '人效',
};

/** 2026-11-18 10:00, China time. */
export function chinaMinute(iso: string): string {
  return new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

const text = (value: string, bold = false) => new TextRun({ text: value, bold, font: FONT });
const para = (value: string, bold = false) => new Paragraph({ children: [text(value, bold)] });
const heading = (value: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(value, true)], spacing: { before: 240 } });
const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const cell = (value: string, bold = false) =>
  new TableCell({
    children: [para(value, bold)],
    borders: { top: border, bottom: border, left: border, right: border },
  });

function actionTable(actions: readonly MeetingActionResponse[], withMeeting: boolean): Table | Paragraph {
  if (!actions.length) return para('无');
  const head = ['事项', '负责人', '截止时间', '状态', ...(withMeeting ? ['提出会议'] : [])];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...actions.map(
        (a) =>
          new TableRow({
            children: [
              cell(a.title),
              cell(a.ownerName),
              cell(chinaMinute(a.dueAt)),
              cell(STATUS[a.status]),
              ...(withMeeting ? [cell(`${a.meetingTitle}（${chinaMinute(a.meetingHeldAt).slice(0, 10)}）`)] : []),
            ],
          }),
      ),
    ],
  });
}

/**
 * 会议纪要 as a Word file the chain can file: title, series, date, attendees, agenda, minutes, decisions, the action
 * table and the actions carried over from earlier meetings. `storeNames` names the agenda items' stores.
 */
export async function minutesDocx(m: MeetingResponse, storeNames: ReadonlyMap<number, string>): Promise<Buffer> {
  const items = m.items.map((item, i) => {
    const about = [
      item.storeId ? `门店：${storeNames.get(item.storeId) ?? item.storeId}` : null,
      item.kpi ? `指标：${KPI[item.kpi] ?? item.kpi}` : null,
      item.rankingSchemeId ? `排名方案：${item.rankingSchemeId}` : null,
    ].filter((x): x is string => x !== null);
    return [
      para(`${i + 1}. ${item.title}${about.length ? `（${about.join('，')}）` : ''}`, true),
      ...(item.notes ? item.notes.split('\n').map((line) => para(line)) : []),
    ];
  });
  const doc = new Document({
    creator: 'storeops',
    title: m.title,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [text(`${m.title} 会议纪要`, true)] }),
          para(`会议系列：${m.seriesName}`),
          para(`会议时间：${chinaMinute(m.heldAt)}`),
          para(`参会人员：${m.attendees.map((a) => a.displayName).join('、') || '无'}`),
          heading('一、议程'),
          ...(items.length ? items.flat() : [para('无')]),
          heading('二、会议纪要'),
          ...(m.minutes.trim() ? m.minutes.split('\n').map((line) => para(line)) : [para('无')]),
          heading('三、会议决定'),
          ...(m.decisions.length ? m.decisions.map((d, i) => para(`${i + 1}. ${d}`)) : [para('无')]),
          heading('四、待办事项'),
          actionTable(m.actions, false),
          heading('五、前次会议遗留事项'),
          actionTable(m.carriedOver, true),
          new Paragraph({ spacing: { before: 360 }, children: [text(`记录人：${m.createdBy}`)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
