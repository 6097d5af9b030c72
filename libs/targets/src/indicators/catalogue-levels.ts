import { INDICATOR_CATALOGUE, isLevel2Under, matchLevel1, matchLevel2 } from '@jixiao/importers';
import { DomainError } from '@jixiao/platform';

/**
 * 一级/二级指标 typed on the API, checked against the indicator catalogue (绩效指标体系) with every spelling an
 * import accepts (exact, known alias, near-miss such as `效果指标` or `社会效益`): the catalogue name is stored,
 * the typed one kept as the printed form. A name the catalogue does not know, or a 二级指标 listed under another
 * 一级指标, is a 400 naming `level1` / `level2` (`indicators[2].level2` inside a project). An import keeps such a
 * name with a LEVEL_NOT_IN_CATALOGUE warning, because a published document is what it is; a person typing can fix it.
 *
 * `typed` says which of the two the caller typed: a level kept from storage (an import's printed name) is not checked.
 */
export function catalogueLevels(
  level1: string,
  level2: string,
  typed: { level1: boolean; level2: boolean },
  path = '',
): { level1: string; level2: string } {
  const one = matchLevel1(level1);
  const two = matchLevel2(level2);
  if (typed.level1 && one === null) {
    throw notInCatalogue(
      `${path}level1`,
      `一级指标「${level1}」不在指标体系中，应为：${Object.keys(INDICATOR_CATALOGUE).join('、')}`,
    );
  }
  if (typed.level2 && two === null) {
    const under = one ? INDICATOR_CATALOGUE[one.name] : null;
    const expected = under ? `，「${one!.name}」下应为：${under.join('、')}` : '';
    throw notInCatalogue(`${path}level2`, `二级指标「${level2}」不在指标体系中${expected}`);
  }
  if ((typed.level1 || typed.level2) && one !== null && two !== null && !isLevel2Under(one.name, two.name)) {
    throw notInCatalogue(
      `${path}level2`,
      `二级指标「${level2}」不属于一级指标「${level1}」，应为：${INDICATOR_CATALOGUE[one.name].join('、')}`,
    );
  }
  return { level1: one?.name ?? level1, level2: two?.name ?? level2 };
}

function notInCatalogue(field: string, message: string): DomainError {
  return new DomainError('invalid', 'INDICATOR.LEVEL_NOT_IN_CATALOGUE', message, { field });
}
