/** A person a reminder goes to. Their channels are their own reminder preferences. */
export interface Recipient {
  userId: string;
  name: string;
}

/** An evaluator (评价人员) and which of the asked units they work for. */
export interface UnitRecipient extends Recipient {
  unitIds: string[];
}

/**
 * PORT: who receives reminders. Evaluators enter and submit for their budget units; managers
 * (主管/审核人员) review for their departments. Disabled accounts receive nothing.
 */
export interface RecipientDirectory {
  evaluatorsOfUnits(unitIds: string[]): Promise<UnitRecipient[]>;
  managersOfDepartment(departmentId: string): Promise<Recipient[]>;
  /** The name a person is shown by (display name, else username); null for an unknown id. */
  nameOf(userId: string): Promise<string | null>;
}

export const RECIPIENT_DIRECTORY = Symbol('RECIPIENT_DIRECTORY');
