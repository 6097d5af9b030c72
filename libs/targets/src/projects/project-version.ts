import { versionConflict } from '@jixiao/platform';
import { EntityManager } from 'typeorm';
import { returningRows } from '../common/returning-rows';

export const staleVersion = (id: string, version: number, currentVersion: number | null) =>
  versionConflict('PROJECT.STALE_VERSION', { id }, version, currentVersion);

/**
 * Optimistic lock: bumps the project's version only if it is still `version`; 409 otherwise.
 * Editing one indicator bumps its project, since the target table is edited as a whole.
 */
export async function bumpProjectVersion(
  manager: EntityManager,
  projectId: string,
  version: number,
): Promise<number> {
  const updated = returningRows<{ version: number }>(
    await manager.query(
      'UPDATE project SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING version',
      [projectId, version],
    ),
  );
  if (updated.length === 0) {
    const [current] = await manager.query('SELECT version FROM project WHERE id = $1', [projectId]);
    throw staleVersion(projectId, version, current?.version ?? null);
  }
  return updated[0].version;
}
