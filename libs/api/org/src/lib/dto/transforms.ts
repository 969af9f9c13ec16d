import { TransformFnParams } from 'class-transformer';

export { toBoolean, trim } from '@storeops/api/core';

/** Trims each text of an array (other values stay as they are and fail validation). */
export const trimAll = ({ value }: TransformFnParams) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;
