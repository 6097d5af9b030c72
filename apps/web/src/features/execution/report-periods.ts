/** The periods a monitoring report covers: through the end of April, June, August, October, December. */
export const REPORT_PERIODS = [4, 6, 8, 10, 12] as const;

export const periodLabel = (period: number) => `1–${period}月`;
