import {
  cellMessage,
  ErrorDetail,
  IMPORT_FIRST_LINES,
  IMPORT_MAX_ERRORS,
  IMPORT_MAX_STORED_PROBLEMS,
  importGroupTitle,
  importMessage,
  ImportProblemGroup,
  Lang,
} from '@storeops/shared/contracts';

/** A problem as kept: where, what (a code and its parameters), and the cell as it was. */
export interface StoredProblem {
  line: number;
  column: number | null;
  columnName: string | null;
  code: string;
  params: Record<string, string | number>;
  value: string | null;
}

interface Group {
  column: number | null;
  columnName: string | null;
  code: string;
  count: number;
  firstLines: number[];
}

/**
 * Every problem of a job: counted in groups by (column, code) with their first lines, the first
 * IMPORT_MAX_STORED_PROBLEMS kept for the download, the first IMPORT_MAX_ERRORS shown in the job. Memory stays bounded
 * whatever the file holds.
 */
export class Problems {
  readonly stored: StoredProblem[] = [];
  private readonly groups = new Map<string, Group>();
  count = 0;

  constructor(private readonly columnName: (column: number) => string | null) {}

  add(line: number, column: number | null, code: string, params: Record<string, string | number> = {}, value: string | null = null): void {
    this.count++;
    const name = column === null ? null : this.columnName(column);
    if (this.stored.length < IMPORT_MAX_STORED_PROBLEMS) this.stored.push({ line, column, columnName: name, code, params, value });
    const key = `${column ?? 0}|${code}`;
    const group = this.groups.get(key);
    if (group) {
      group.count++;
      if (group.firstLines.length < IMPORT_FIRST_LINES) group.firstLines.push(line);
    } else {
      this.groups.set(key, { column, columnName: name, code, count: 1, firstLines: [line] });
    }
  }

  /** The groups, largest first (then by column), as stored with the job (texts are made when answered). */
  groupList(): Group[] {
    return [...this.groups.values()].sort((a, b) => b.count - a.count || (a.column ?? 0) - (b.column ?? 0));
  }

  /** The first problems, as stored with the job. */
  first(): StoredProblem[] {
    return this.stored.slice(0, IMPORT_MAX_ERRORS);
  }
}

/** A stored problem in the caller's language, in the error shape. */
export function toErrorDetail(p: StoredProblem, lang: Lang): ErrorDetail {
  const problem = p.columnName ? cellMessage(p.columnName, p.code, p.params, lang) : importMessage(p.code, p.params, lang);
  const detail: ErrorDetail = { line: p.line, code: p.code, params: p.params, problem };
  if (p.column !== null) detail.column = p.column;
  return detail;
}

export function toProblemGroup(g: Group, lang: Lang): ImportProblemGroup {
  return {
    column: g.column,
    columnName: g.columnName,
    code: g.code,
    problem: importGroupTitle(g.code, lang),
    count: g.count,
    firstLines: g.firstLines,
  };
}
