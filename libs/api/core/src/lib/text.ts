/** How many characters of a value an error message quotes. */
export const QUOTE_MAX_CHARS = 100;

/** A value as an error message quotes it: in double quotes, cut to 100 characters with an ellipsis. */
export function quote(value: unknown, max = QUOTE_MAX_CHARS): string {
  const text = value === null || value === undefined ? '' : String(value);
  const chars = Array.from(text.length > max * 2 + 2 ? text.slice(0, max * 2 + 2) : text);
  return chars.length > max ? `"${chars.slice(0, max).join('')}…"` : `"${text}"`;
}

/**
 * The last line of defence for texts that go into an answer or a job: every double-quoted part longer than 100
 * characters is cut, and the whole text to `max` characters.
 */
export function clipMessage(text: string, max = 500): string {
  const cut = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const quoted = cut.replace(/"([^"]{101,})"/g, (_, inner: string) => quote(inner));
  return quoted.length > max ? `${quoted.slice(0, max - 1)}…` : quoted;
}

// C0 controls; tab (9), line feed (10) and carriage return (13) are allowed in multi-line texts only.
/* eslint-disable no-control-regex -- finding control characters is the point */
const SINGLE_LINE_CONTROLS = /[\u0000-\u001f\u007f]/;
const MULTI_LINE_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const FILE_NAME_UNSAFE = /[\u0000-\u001f\u007f/\\]/g;
/* eslint-enable no-control-regex */

/** Why a text may not be stored (NUL, control characters, a lone UTF-16 surrogate), or null when it may. */
export function textProblem(text: string, multiLine: boolean): string | null {
  const control = (multiLine ? MULTI_LINE_CONTROLS : SINGLE_LINE_CONTROLS).exec(text);
  if (control) {
    const code = control[0].charCodeAt(0);
    if (code === 0) return 'must not contain NUL characters';
    return `must not contain control characters (U+${code.toString(16).toUpperCase().padStart(4, '0')})${multiLine ? '' : '; use one line'}`;
  }
  if (!(text as string & { isWellFormed(): boolean }).isWellFormed()) return 'must not contain unpaired UTF-16 surrogates';
  return null;
}

/** The code and params of a textProblem answer (text.nul, text.control with the character, text.surrogate). */
export function textProblemCode(problem: string, multiLine: boolean): { code: string; params: Record<string, string | number> } {
  if (problem.includes('NUL')) return { code: 'text.nul', params: {} };
  const char = /U\+[0-9A-F]{4}/.exec(problem)?.[0];
  if (char) return { code: 'text.control', params: { char, multiLine: multiLine ? 1 : 0 } };
  return { code: 'text.surrogate', params: {} };
}

/** An uploaded file's name as it may be stored: control characters, lone surrogates and path separators become _. */
export function safeFileName(name: string, max = 255): string {
  const cleaned = (name as string & { toWellFormed(): string })
    .toWellFormed()
    .replace(FILE_NAME_UNSAFE, '_')
    .replace(/\uFFFD/g, '_')
    .trim();
  return Array.from(cleaned).slice(0, max).join('') || 'file';
}
