import { budgetRate } from './budget-rate';
import { shownValue, type SheetSectionProps } from './evaluation-draft';
import { FieldInput } from './FieldInput';
import styles from './evaluation.module.css';

const LINES = [
  { key: 'total', label: '年度资金总额', path: 'amounts.executed', input: '全年执行数' },
  { key: 'fiscal', label: '其中：财政拨款', path: 'amounts.fiscalExecuted', input: '全年执行数（财政拨款）' },
  { key: 'other', label: '其他资金', path: 'amounts.otherExecuted', input: '全年执行数（其他资金）' },
] as const;

/** 项目资金（万元）: 全年预算数, 全年执行数 (entered), 预算执行率 computed as the server computes it. */
export function MoneyBlock({ card, edits, errors, editable, onChange }: SheetSectionProps) {
  return (
    <table className={styles.sheet} aria-label="项目资金（万元）">
      <thead>
        <tr>
          <th scope="col">项目资金（万元）</th>
          <th scope="col">全年预算数</th>
          <th scope="col">全年执行数</th>
          <th scope="col">预算执行率</th>
        </tr>
      </thead>
      <tbody>
        {LINES.map((line) => {
          const money = card.money[line.key];
          const executed = shownValue(card, edits, line.path);
          const rate = budgetRate(money.budget, executed);
          return (
            <tr key={line.key}>
              <th scope="row">{line.label}</th>
              <td className={styles.number}>{money.budget ?? '—'}</td>
              <td className={styles.inputCell}>
                <FieldInput
                  path={line.path}
                  label={line.input}
                  value={executed}
                  error={errors[line.path]}
                  editable={editable}
                  onChange={onChange}
                />
              </td>
              <td className={styles.number} aria-label={`${line.label}预算执行率`}>
                {rate === null ? '—' : `${rate}%`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
