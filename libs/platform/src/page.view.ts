/**
 * One page of a list: every list endpoint answers `{ items, total, page, pageSize }` (page from 1). Each
 * list declares its own subclass with typed `items`, so the OpenAPI document (and the web client) knows them.
 */
export abstract class PageView {
  /** rows matching the filters, over all pages */
  total!: number;
  /** @example 1 */
  page!: number;
  /** @example 50 */
  pageSize!: number;
}
