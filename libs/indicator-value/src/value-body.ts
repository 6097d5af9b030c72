import { Decimal } from '@jixiao/decimal';
import { normaliseUnit } from './unit';

/**
 * What a value says once its operator is split off (the body, already normalised): a number with a
 * unit, a deadline, `据实`, qualitative text, or nothing. Shared by targets and actuals.
 */
export type ValueBody =
  | { kind: 'number'; amount: Decimal; unit: string | null; note: string | null }
  | { kind: 'deadline'; year: number | null; month: number; day: number | null; before: boolean }
  | { kind: 'as-actual'; unit: string | null }
  | { kind: 'qualitative'; label: string }
  | { kind: 'empty' };

/** `1,672.81`, `0.15`, `930000`, `.5`; the rest of the text is the unit (and a note). */
const NUMBER_THEN_REST = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(.*)$/;
/** A unit is short and has no digits: `万元/人/年`, `次/年`, `%`, `人次`. */
const UNIT = /^[^\d]{1,8}$/;
/** A trailing note in brackets: `69人(据实确定)`. */
const TRAILING_NOTE = /^(.*?)(\([^()]*\))$/;
/** `2023年12月31日前`, `12月`, `7月底之前`, `8月底前`, `2023年12月31 日前` (spaces already joined). */
const DEADLINE = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|底|末|份)?(之前|以前|前)?$/;
/** `2023年底前`, `年底前`: the end of the year. */
const YEAR_END = /^(?:(\d{4})年)?年?(?:底|末)(之前|以前|前)?$/;
const AS_ACTUAL = /^据实(?:确定|结算|发生)?(.*)$/;

export function readValueBody(body: string): ValueBody {
  if (body === '') return { kind: 'empty' };
  const number = NUMBER_THEN_REST.exec(body);
  if (number) {
    const read = readNumber(number[1], number[2]);
    if (read) return read;
  }
  const deadline = readDeadline(body);
  if (deadline) return deadline;
  const asActual = AS_ACTUAL.exec(body);
  if (asActual) return { kind: 'as-actual', unit: normaliseUnit(asActual[1]) };
  return { kind: 'qualitative', label: body };
}

function readNumber(digits: string, rest: string): ValueBody | null {
  // Shared: targets repeat (`100`, `90`, `5`) and the parsed value keeps its amount for the whole import.
  const amount = Decimal.tryParseShared(digits);
  if (amount === null) return null;
  let note: string | null = null;
  let unitText = rest;
  if (rest.endsWith(')')) {
    const withNote = TRAILING_NOTE.exec(rest);
    if (withNote) {
      unitText = withNote[1];
      note = withNote[2];
    }
  }
  if (unitText === '') return { kind: 'number', amount, unit: null, note };
  if (unitText.charCodeAt(0) === 0x6708 /* 月 */ || unitText.charCodeAt(0) === 0x5e74 /* 年 */) {
    const deadline = readDeadline(digits + unitText);
    if (deadline) return deadline;
  }
  if (!UNIT.test(unitText)) return null;
  return { kind: 'number', amount, unit: normaliseUnit(unitText), note };
}

function readDeadline(text: string): ValueBody | null {
  const date = DEADLINE.exec(text);
  if (date) {
    const month = Number(date[2]);
    const day = date[3] === undefined ? null : Number(date[3]);
    if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
    return { kind: 'deadline', year: date[1] === undefined ? null : Number(date[1]), month, day, before: date[4] !== undefined };
  }
  const yearEnd = YEAR_END.exec(text);
  if (yearEnd) {
    return { kind: 'deadline', year: yearEnd[1] === undefined ? null : Number(yearEnd[1]), month: 12, day: null, before: yearEnd[2] !== undefined };
  }
  return null;
}
