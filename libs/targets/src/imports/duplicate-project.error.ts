/** Two projects of one department and year with the same natural key: the import would silently keep one. */
export class DuplicateProjectError extends Error {
  constructor(
    readonly project: { name: string; code: string | null },
    readonly lines: [number, number],
  ) {
    super(`项目重复：${project.name}（第 ${lines[0]} 行与第 ${lines[1]} 行）`);
    this.name = 'DuplicateProjectError';
  }
}
