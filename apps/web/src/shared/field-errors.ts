import type { FormInstance } from 'antd';
import type { ApiError } from '../api/api-error';

/**
 * Puts the server's field errors (`details.fields`, paths like `reason` or `deadlines.0.dueDate`) on the
 * form's fields of the same path. True when at least one landed, so the caller shows no generic message.
 */
export function applyFieldErrors(form: FormInstance, error: ApiError): boolean {
  const fields = error.fieldErrors.map(({ field, messages }) => ({
    name: field
      .split(/[.[\]]+/)
      .filter(Boolean)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors: messages,
  }));
  const known = fields.filter(
    (f) => form.getFieldInstance(f.name) !== undefined || form.getFieldValue(f.name) !== undefined,
  );
  if (known.length === 0) return false;
  form.setFields(known);
  return true;
}
