import type { TablePaginationConfig } from 'antd';

/**
 * A table's pager over a list the API pages: the page on screen, its size, the server's `total`, and
 * "共 N 项" in the list's own measure word (`条预警`, `个项目`).
 */
export function serverPaging(
  page: number,
  pageSize: number,
  total: number | undefined,
  unit: string,
  onChange: (page: number) => void,
): TablePaginationConfig {
  return {
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: false,
    showTotal: (n) => `共 ${n} ${unit}`,
    onChange,
  };
}
