/**
 * Rates that are reverse by nature (lower is better): 投诉率 complaints, 故障率 failures, 差错率 errors,
 * 发生率 incidence (of accidents, failures), 事故率, 错误率, 失误率, 违规率, 返贫率. Printed with ≥ they are
 * almost always a slip (Jilin `投诉率 >=0 百分比`).
 */
const REVERSE_NATURED_RATE = /(?:投诉|故障|差错|发生|事故|错误|出错|失误|违规|违法|返贫|误差)率/;

export function isReverseNaturedRate(name: string): boolean {
  return REVERSE_NATURED_RATE.test(name);
}
