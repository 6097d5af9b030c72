import { DomainError } from '@jixiao/platform';
import { EntityManager } from 'typeorm';
import { returningRows } from '../common/returning-rows';

export const staleVersion = (id: string, version: number) =>
  new DomainError('conflict', 'PROJECT.STALE_VERSION', '项目已被他人修改，请刷新后重试', { id, version });

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
  if (updated.length === 0) throw staleVersion(projectId, version);
  return updated[0].version;
}
