import { TransformFnParams } from 'class-transformer';

export { trim } from '@storeops/api/core';

/** Query strings carry booleans as text; anything but true/false stays as is and fails validation. */
export const toBoolean = ({ value }: TransformFnParams) => (value === 'true' ? true : value === 'false' ? false : value);

/** Trims each text of an array (other values stay as they are and fail validation). */
export const trimAll = ({ value }: TransformFnParams) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;
