import { ValueTransformer } from 'typeorm';

/** PostgreSQL returns bigint as a string; amounts in 分 stay exact in a JS number up to 2^53. */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? value : Number(value)),
};
