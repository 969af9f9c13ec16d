import { ValueTransformer } from 'typeorm';

/** PostgreSQL returns bigint as a string; amounts in 分 fit a JS number exactly up to 2^53 (≈ ¥90 万亿). */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? value : Number(value)),
};
