import { ValueTransformer } from 'typeorm';

/**
 * For `bigint` columns holding amounts in 分 or counts: PostgreSQL returns bigint as a string, SQLite as a number;
 * both come back as a JS number, exact up to 2^53 (≈ ¥90 万亿).
 */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? value : Number(value)),
};
