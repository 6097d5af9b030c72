import { api } from '../../api/client';
import { toApiError } from '../../api/api-error';

/** 下载自评表: the official .xlsx, fetched with the session's token and saved under the server's name. */
export async function downloadScorecard(id: string): Promise<void> {
  const { data, error, response } = await api.GET('/api/evaluations/{id}/export', {
    params: { path: { id }, query: { format: 'xlsx' } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw toApiError(response.status, error);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(data);
  link.download = encoded ? decodeURIComponent(encoded) : '绩效自评表.xlsx';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
