/**
 * A multipart body for the typed client. The OpenAPI document types an upload's `file` as a binary
 * string; the browser sends a File inside FormData, which openapi-fetch passes through untouched
 * (the browser sets the multipart boundary).
 */
export function uploadForm(fields: Record<string, string | Blob | undefined>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
  return { body: form as unknown as never, bodySerializer: () => form };
}
