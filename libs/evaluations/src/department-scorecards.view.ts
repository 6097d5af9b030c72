import { Scorecard } from './scorecard.view';

/** A department's year of scorecards (the JSON form of the 自评表 export). */
export class DepartmentScorecards {
  departmentId!: string;
  year!: number;
  evaluations!: Scorecard[];
}
