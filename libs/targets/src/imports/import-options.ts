/** What the uploader may add to a document: the department to import into, and the year where none is printed. */
export interface ImportOptions {
  /** Attach every document of the file to this existing department instead of the one it prints. */
  departmentId?: string | null;
  /** Fiscal year for documents that print none. */
  year?: number | null;
}
