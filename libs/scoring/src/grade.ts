import type { Decimal } from '@jixiao/decimal';
import type { CompiledProfile } from './compiled-profile';
import type { Grade } from './scoring-profile';

/** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below (as the profile's grade table says). */
export function gradeOf(total: Decimal, profile: CompiledProfile): Grade {
  for (const { grade, min } of profile.grades) if (total.gte(min)) return grade;
  return profile.grades[profile.grades.length - 1].grade;
}
