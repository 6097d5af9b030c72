export { parseTwelveColumnProjectTable } from './twelve-column-project-table';
export type { TwelveColumnDocument } from './twelve-column-project-table';
export { parseDepartmentTargetsTable } from './department-targets-table';
export { readDocumentFacts } from './stated-facts';
export type { DocumentFacts, StatedFacts, StatedCategoryTotal } from './stated-facts';
export { readProjectCell, categoryOfCode } from './project-code';
