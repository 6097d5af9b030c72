import { api } from '../../api/client';
import { saveFile } from '../../shared/save-file';

/** 下载自评表: the official .xlsx, fetched with the session's token and saved under the server's name. */
export async function downloadScorecard(id: string): Promise<void> {
  const result = await api.GET('/api/evaluations/{id}/export', {
    params: { path: { id }, query: { format: 'xlsx' } },
    parseAs: 'blob',
  });
  saveFile(result, '绩效自评表.xlsx');
}
