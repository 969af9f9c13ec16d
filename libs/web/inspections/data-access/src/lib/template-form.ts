import {
  CreateTemplateRequest,
  DEFAULT_CRITICAL_CAP,
  DEFAULT_STAR_THRESHOLDS,
  InspectionTemplateResponse,
  ItemKind,
  StarThresholds,
  UpdateTemplateRequest,
} from '@storeops/shared/contracts';

/** One checklist item as the editor holds it (no id: the API rewrites items on every save). */
export interface TemplateItemForm {
  title: string;
  kind: ItemKind;
  maxPoints: number;
  allowNa: boolean;
  critical: boolean;
  photoOnFail: boolean;
  dueDays: number;
}

export interface TemplateSectionForm {
  title: string;
  items: TemplateItemForm[];
}

/** The editable template: what `PUT /api/inspection-templates/:id` takes, plus `code` for a new family. */
export interface TemplateForm {
  code: string;
  name: string;
  categoryId: number | null;
  criticalCap: number;
  starThresholds: StarThresholds;
  active: boolean;
  /** A submit needs the on-duty person's signature / name (both default true). */
  requireSignature: boolean;
  requireDutyPerson: boolean;
  sections: TemplateSectionForm[];
}

/** Field path (`name`, `starThresholds.1`, `sections.0.items.2.maxPoints`) → i18n key of the problem. */
export type TemplateFormErrors = Record<string, string>;

export function emptyItem(): TemplateItemForm {
  return { title: '', kind: 'pass_fail', maxPoints: 10, allowNa: true, critical: false, photoOnFail: false, dueDays: 3 };
}

export function emptySection(): TemplateSectionForm {
  return { title: '', items: [emptyItem()] };
}

export function emptyTemplateForm(): TemplateForm {
  return {
    code: '',
    name: '',
    categoryId: null,
    criticalCap: DEFAULT_CRITICAL_CAP,
    starThresholds: [...DEFAULT_STAR_THRESHOLDS],
    active: true,
    requireSignature: true,
    requireDutyPerson: true,
    sections: [emptySection()],
  };
}

export function formFromTemplate(t: InspectionTemplateResponse): TemplateForm {
  return {
    code: t.code,
    name: t.name,
    categoryId: t.categoryId,
    criticalCap: Number(t.criticalCap),
    starThresholds: [...t.starThresholds],
    active: t.active,
    requireSignature: t.requireSignature !== false,
    requireDutyPerson: t.requireDutyPerson !== false,
    sections: t.sections.map((s) => ({
      title: s.title,
      items: s.items.map((i) => ({
        title: i.title,
        kind: i.kind,
        maxPoints: i.maxPoints,
        allowNa: i.allowNa,
        critical: i.critical,
        photoOnFail: i.photoOnFail,
        dueDays: i.dueDays,
      })),
    })),
  };
}

const CODE = /^[A-Z0-9][A-Z0-9_-]{1,31}$/;

function isInt(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function inRange(value: number, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/** The API's rules (template.dto.ts, thresholdsOf), checked before sending; an empty object means valid. */
export function validateTemplateForm(form: TemplateForm, isNew: boolean): TemplateFormErrors {
  const errors: TemplateFormErrors = {};
  if (isNew && !CODE.test(form.code.trim())) errors['code'] = 'insp.tpl.err.code';
  const name = form.name.trim();
  if (!name) errors['name'] = 'insp.tpl.err.required';
  else if (name.length > 100) errors['name'] = 'insp.tpl.err.tooLong';
  if (!inRange(form.criticalCap, 0, 100)) errors['criticalCap'] = 'insp.tpl.err.percent';
  form.starThresholds.forEach((value, i) => {
    if (!inRange(value, 0, 100)) errors[`starThresholds.${i}`] = 'insp.tpl.err.percent';
    else if (i > 0 && inRange(form.starThresholds[i - 1], 0, 100) && value > form.starThresholds[i - 1])
      errors[`starThresholds.${i}`] = 'insp.tpl.err.descending';
  });
  if (!form.sections.length) errors['sections'] = 'insp.tpl.err.noSections';
  if (form.sections.length > 30) errors['sections'] = 'insp.tpl.err.tooManySections';
  form.sections.forEach((section, s) => {
    const title = section.title.trim();
    if (!title) errors[`sections.${s}.title`] = 'insp.tpl.err.required';
    else if (title.length > 100) errors[`sections.${s}.title`] = 'insp.tpl.err.tooLong';
    if (!section.items.length) errors[`sections.${s}.items`] = 'insp.tpl.err.noItems';
    if (section.items.length > 100) errors[`sections.${s}.items`] = 'insp.tpl.err.tooManyItems';
    section.items.forEach((item, i) => {
      const at = `sections.${s}.items.${i}`;
      const itemTitle = item.title.trim();
      if (!itemTitle) errors[`${at}.title`] = 'insp.tpl.err.required';
      else if (itemTitle.length > 200) errors[`${at}.title`] = 'insp.tpl.err.tooLong';
      if (!isInt(item.maxPoints, 1, 100)) errors[`${at}.maxPoints`] = 'insp.tpl.err.points';
      if (!isInt(item.dueDays, 0, 90)) errors[`${at}.dueDays`] = 'insp.tpl.err.dueDays';
    });
  });
  return errors;
}

/** The PUT body: trimmed texts, numbers as numbers, no item ids (the API rewrites the items). */
export function toTemplateRequest(form: TemplateForm): UpdateTemplateRequest {
  return {
    name: form.name.trim(),
    categoryId: form.categoryId,
    criticalCap: Number(form.criticalCap),
    starThresholds: form.starThresholds.map(Number) as StarThresholds,
    active: form.active,
    requireSignature: form.requireSignature,
    requireDutyPerson: form.requireDutyPerson,
    sections: form.sections.map((s) => ({
      title: s.title.trim(),
      items: s.items.map((i) => ({
        title: i.title.trim(),
        kind: i.kind,
        maxPoints: Number(i.maxPoints),
        allowNa: i.allowNa,
        critical: i.critical,
        photoOnFail: i.photoOnFail,
        dueDays: Number(i.dueDays),
      })),
    })),
  };
}

export function toCreateTemplateRequest(form: TemplateForm): CreateTemplateRequest {
  return { code: form.code.trim().toUpperCase(), ...toTemplateRequest(form) };
}

/** A copy of `list` with the element at `index` moved by `delta` (−1 up, +1 down); unchanged at the ends. */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  const copy = [...list];
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return copy;
  [copy[index], copy[to]] = [copy[to], copy[index]];
  return copy;
}

/** Number of items across all sections. */
export function itemCount(t: { sections: ReadonlyArray<{ items: readonly unknown[] }> }): number {
  return t.sections.reduce((n, s) => n + s.items.length, 0);
}
