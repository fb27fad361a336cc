import { bridgeToken } from '../../api/client';

/**
 * Browser mode: sends the files the agent picked to the bridge (PUT /api/upload), one streamed
 * request each, into one private folder; returns that folder for import/snapshot. A folder pick
 * keeps each file's path below the folder (its first segment, the folder's own name, dropped).
 */
export async function uploadFiles(files: readonly File[]): Promise<string> {
  let folder: string | null = null;
  for (const file of files) {
    const relative = file.webkitRelativePath ? file.webkitRelativePath.split('/').slice(1).join('/') : file.name;
    const query = new URLSearchParams({ name: relative });
    if (folder) query.set('folder', folder);
    const response = await fetch(`/api/upload?${query.toString()}`, {
      method: 'PUT',
      headers: { 'x-desk-token': bridgeToken() },
      body: file
    });
    const answer = (await response.json()) as { ok: boolean; value?: { folder: string }; error?: { message: string } };
    if (!answer.ok || !answer.value) throw new Error(answer.error?.message ?? `Upload failed (${response.status}).`);
    folder = answer.value.folder;
  }
  if (!folder) throw new Error('No file chosen.');
  return folder;
}
