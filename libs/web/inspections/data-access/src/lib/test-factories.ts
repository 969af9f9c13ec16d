import { InspectionResponse, InspectionTemplateResponse, TemplateItem } from '@storeops/shared/contracts';

export function item(id: number, over: Partial<TemplateItem> = {}): TemplateItem {
  return {
    id,
    title: `item ${id}`,
    kind: 'pass_fail',
    maxPoints: 10,
    allowNa: true,
    critical: false,
    photoOnFail: false,
    dueDays: 3,
    ...over,
  };
}

/** 生鲜-like template: 1 and 2 pass/fail (2 is 红线 needing a photo), 3 a 0..5 scale. */
export function template(over: Partial<InspectionTemplateResponse> = {}): InspectionTemplateResponse {
  return {
    id: 11,
    code: 'FR-STD',
    name: '生鲜营运标准',
    version: 2,
    categoryId: 1,
    criticalCap: 59,
    starThresholds: [95, 90, 80, 70],
    active: true,
    requireSignature: true,
    requireDutyPerson: true,
    sections: [
      { title: '陈列', items: [item(1), item(2, { critical: true, photoOnFail: true, allowNa: false })] },
      { title: '温度记录', items: [item(3, { kind: 'scale', maxPoints: 5 })] },
    ],
    ...over,
  };
}

export function inspection(over: Partial<InspectionResponse> = {}): InspectionResponse {
  return {
    id: 501,
    storeId: 7,
    storeCode: 'BJ001',
    storeName: '北京一店',
    categoryId: 1,
    templateId: 11,
    templateName: '生鲜营运标准',
    templateVersion: 2,
    inspectorId: 3,
    inspectorName: '品类专员',
    inspectedAt: '2026-11-03T02:00:00.000Z',
    score: 59,
    stars: 1,
    criticalFailed: true,
    notes: null,
    dutyPersonName: null,
    signaturePhotoId: null,
    planItemId: null,
    planPeriodStart: null,
    ...over,
  };
}
