import { TransformFnParams } from 'class-transformer';

export const trim = ({ value }: TransformFnParams) => (typeof value === 'string' ? value.trim() : value);

/** Query strings carry booleans as text; anything but true/false stays as is and fails validation. */
export const toBoolean = ({ value }: TransformFnParams) => (value === 'true' ? true : value === 'false' ? false : value);
