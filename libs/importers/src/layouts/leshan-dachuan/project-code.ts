import { ProjectCategory } from '../../imported-document';
import { unwrap } from './unwrap';

/**
 * 项目代码 then 项目名称, as the 12-column tables print them: `51000021Y000000011 490-日常公用经费`
 * (the code wrapped with a space), `51110024R000010735949-基础绩效奖及平时性绩效工资`, or a name alone
 * (Dachuan). The code is digits with one class letter; spaces inside it are where the PDF wrapped.
 */
const CODE_THEN_NAME = /^(\d[\d ]*[A-Z][\d ]*\d)\s*[-－—]\s*(\S[\s\S]*)$/;

export interface ProjectCell {
  code: string | null;
  name: string;
  category: ProjectCategory | null;
}

export function readProjectCell(printed: string): ProjectCell {
  const match = CODE_THEN_NAME.exec(printed.trim());
  if (!match) return { code: null, name: unwrap(printed), category: null };
  const code = match[1].replace(/ /g, '');
  return { code, name: unwrap(match[2]), category: categoryOfCode(code) };
}

/**
 * The class letter of a Sichuan project code. R (人员经费) and Y (公用经费) are basic expenditure, which the
 * Leshan prose counts together as 人员类 (18 projects, 1236.78 万元, 运转类 0); T is 特定目标类. Other letters
 * are not known from the seeds: no category rather than a guess.
 */
export function categoryOfCode(code: string): ProjectCategory | null {
  const letter = /[A-Z]/.exec(code)?.[0];
  if (letter === 'R' || letter === 'Y') return '人员类';
  if (letter === 'T') return '特定目标类';
  return null;
}
