import { Project } from '@jixiao/targets';
import { EntityManager } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The projects, locked for the rest of the transaction. Every write that recomputes flags takes these
 * locks first and in id order, so concurrent writers to the same projects queue instead of racing to open
 * the same flag or deadlocking. Ids that are not UUIDs simply match nothing.
 */
export async function lockProjects(manager: EntityManager, ids: readonly string[]): Promise<Project[]> {
  const valid = [...new Set(ids)].filter((id) => UUID.test(id)).sort();
  if (valid.length === 0) return [];
  return manager
    .createQueryBuilder(Project, 'p')
    .where('p.id IN (:...ids)', { ids: valid })
    .orderBy('p.id')
    .setLock('pessimistic_write')
    .getMany();
}
