import { Input, Typography } from 'antd';
import type { FieldPath } from './evaluation-draft';

interface Props {
  path: FieldPath;
  label: string;
  value: string;
  error?: string;
  editable: boolean;
  multiline?: boolean;
  onChange: (path: FieldPath, value: string) => void;
  placeholder?: string;
}

/** One editable cell of the table: labelled for screen readers and tests, its server error under it. */
export function FieldInput({ path, label, value, error, editable, multiline, onChange, placeholder }: Props) {
  if (!editable) return <span>{value || '—'}</span>;
  const errorId = `error-${path.replace(/\./g, '-')}`;
  const common = {
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    status: error ? ('error' as const) : undefined,
    value,
    placeholder,
    'data-path': path,
  };
  return (
    <>
      {multiline ? (
        <Input.TextArea
          {...common}
          autoSize={{ minRows: 1, maxRows: 6 }}
          onChange={(e) => onChange(path, e.target.value)}
        />
      ) : (
        <Input {...common} onChange={(e) => onChange(path, e.target.value)} />
      )}
      {error && (
        <Typography.Text type="danger" id={errorId} role="alert" style={{ display: 'block', fontSize: 12 }}>
          {error}
        </Typography.Text>
      )}
    </>
  );
}
