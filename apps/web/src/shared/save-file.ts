import { toApiError } from '../api/api-error';

/**
 * Saves a file the API answered (an export, a template) under the name its Content-Disposition gives,
 * else `fallbackName`. The request went through the typed client (`parseAs: 'blob'`), so it carried the
 * session's token.
 */
export function saveFile(
  result: { data?: Blob; error?: unknown; response: Response },
  fallbackName: string,
): void {
  const { data, error, response } = result;
  if (!response.ok || !data) throw toApiError(response.status, error);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(data);
  link.download = encoded ? decodeURIComponent(encoded) : fallbackName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
