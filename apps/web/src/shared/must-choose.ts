import type { Rule } from 'antd/es/form';

/**
 * "Required" for an antd Select. A `required: true` rule makes Form.Item put `aria-required` on the
 * Select's wrapper element, which has no role that allows it (axe: aria-allowed-attr, critical); a
 * validator checks the same without the attribute.
 */
export const mustChoose = (message: string): Rule => ({
  validator: (_, value: unknown) =>
    value === undefined || value === null || (Array.isArray(value) && value.length === 0)
      ? Promise.reject(new Error(message))
      : Promise.resolve(),
});
