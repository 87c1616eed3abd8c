'use server';

import { z } from 'zod';
import { folderActionClient } from '@/lib/safe-action';
import { renameFolder } from '@/lib/folders';

// the folder comes from the action client's context: its middleware looked it up in the caller's workspace
export const renameFolderAction = folderActionClient
  .inputSchema(z.object({ folderId: z.string(), name: z.string().min(1).max(80) }))
  .action(async ({ ctx, parsedInput }) => {
    await renameFolder({ folderId: ctx.folder.id, name: parsedInput.name });
    return { ok: true };
  });
