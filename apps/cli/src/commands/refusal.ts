import { ImportError } from '@jixiao/importers';
import { MonitoringError } from '@jixiao/monitoring';
import { DomainError } from '@jixiao/platform';
import { ScoringValidationError } from '@jixiao/scoring';

export interface Refusal {
  code: string;
  message: string;
}

/**
 * The errors that mean "your input was refused" (a bad file, a bad value, a rule such as "an admin
 * exists"): shown as a message and EXIT_BAD_INPUT. Anything else is a bug and keeps its stack trace.
 */
export function refusalOf(error: unknown): Refusal | null {
  const known =
    error instanceof DomainError ||
    error instanceof ImportError ||
    error instanceof ScoringValidationError ||
    error instanceof MonitoringError;
  return known ? { code: error.code, message: error.message } : null;
}
