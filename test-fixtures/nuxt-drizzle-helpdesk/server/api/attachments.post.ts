import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const agent = requireAgent(event);
  // expect: unrestricted-upload
  const parts = await readMultipartFormData(event);
  const saved: string[] = [];
  for (const part of parts ?? []) {
    if (!part.filename) continue;
    const name = `${agent.workspaceId}-${Date.now()}-${part.filename}`;
    await writeFile(join('/var/helpdesk/attachments', name), part.data);
    saved.push(name);
  }
  return { saved };
});
