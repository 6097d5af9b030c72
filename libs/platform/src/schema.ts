import { EVALUATION_ENTITIES } from '@jixiao/evaluations';
import { EXECUTION_ENTITIES } from '@jixiao/execution';
import { PEOPLE_ENTITIES } from '@jixiao/people';
import { REMINDER_ENTITIES } from '@jixiao/reminders';
import { TARGET_ENTITIES } from '@jixiao/targets';

/** Every entity of every feature: the composition root hands this list to TypeORM. */
export const ENTITIES = [...TARGET_ENTITIES, ...EXECUTION_ENTITIES, ...PEOPLE_ENTITIES, ...EVALUATION_ENTITIES, ...REMINDER_ENTITIES];
