/**
 * 绩效指标体系: the standard level-1 → level-2 catalogue of indicator names (财政部 common indicator
 * framework), with the older or local spellings seen in published tables.
 */
export const INDICATOR_CATALOGUE: Readonly<Record<string, readonly string[]>> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
  // Newer tables put cost at level 1.
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
};

/** Spellings accepted silently because the catalogue itself knows them (older names, short forms). */
const LEVEL1_ALIASES: Readonly<Record<string, string>> = { 效果指标: '效益指标' };
const LEVEL2_ALIASES: Readonly<Record<string, string>> = {
  生态环境效益指标: '生态效益指标',
  满意度指标: '服务对象满意度指标',
};

/** Spellings outside the catalogue that plainly mean one of its names: accepted, with a warning. */
const LEVEL2_NEAR_MISSES: Readonly<Record<string, string>> = { 可持续发展指标: '可持续影响指标' };

export interface CatalogueMatch {
  /** The catalogue name. */
  name: string;
  /** exact or a known alias: no warning; near-miss: mapped, but the printed name is not in the catalogue. */
  kind: 'exact' | 'alias' | 'near-miss';
}

export function matchLevel1(printed: string): CatalogueMatch | null {
  return LEVEL1_SPELLINGS.get(printed) ?? null;
}

export function matchLevel2(printed: string): CatalogueMatch | null {
  return LEVEL2_SPELLINGS.get(printed) ?? null;
}

/** The level-2 names the catalogue lists under a level-1 name (after mapping both). */
export function isLevel2Under(level1: string, level2: string): boolean {
  return INDICATOR_CATALOGUE[level1]?.includes(level2) ?? false;
}

/**
 * Every accepted spelling → its match, built once so a lookup is one Map access (tables are read row by
 * row, hundreds of thousands of cells). A name cut short by the table (`社会效益`, `服务对象满意度指`) still
 * names a catalogue entry, as a near-miss.
 */
function spellings(
  names: readonly string[],
  aliases: Readonly<Record<string, string>>,
  nearMisses: Readonly<Record<string, string>>,
): Map<string, CatalogueMatch> {
  const index = new Map<string, CatalogueMatch>();
  const add = (spelling: string, match: CatalogueMatch) => {
    if (!index.has(spelling)) index.set(spelling, match);
  };
  const entries: [string, CatalogueMatch][] = [
    ...names.map((name): [string, CatalogueMatch] => [name, { name, kind: 'exact' }]),
    ...Object.entries(aliases).map(([spelling, name]): [string, CatalogueMatch] => [spelling, { name, kind: 'alias' }]),
    ...Object.entries(nearMisses).map(([spelling, name]): [string, CatalogueMatch] => [spelling, { name, kind: 'near-miss' }]),
  ];
  for (const [spelling, match] of entries) add(spelling, match);
  for (const [spelling, match] of entries) {
    if (!spelling.endsWith('指标')) continue;
    add(spelling.slice(0, -2), { name: match.name, kind: 'near-miss' });
    add(spelling.slice(0, -1), { name: match.name, kind: 'near-miss' });
  }
  return index;
}

const LEVEL1_SPELLINGS = spellings(Object.keys(INDICATOR_CATALOGUE), LEVEL1_ALIASES, {});
const LEVEL2_SPELLINGS = spellings([...new Set(Object.values(INDICATOR_CATALOGUE).flat())], LEVEL2_ALIASES, LEVEL2_NEAR_MISSES);
