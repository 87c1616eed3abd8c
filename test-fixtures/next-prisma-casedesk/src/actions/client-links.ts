'use server';

import { z } from 'zod';
import { authActionClient } from '@/lib/safe-action';
import { copyClientContact, linkClientToMatter } from '@/lib/client-links';

const LinkInput = z.object({ matterId: z.string().cuid(), clientId: z.string().cuid() });

// ok: missing-auth
export const linkClientAction = authActionClient
  .inputSchema(LinkInput)
  .action(async ({ parsedInput, ctx }) => {
    return linkClientToMatter({ clientId: parsedInput.clientId, matterId: parsedInput.matterId, firmId: ctx.user.firmId });
  });

// ok: missing-auth
export const clientContactAction = authActionClient
  .inputSchema(LinkInput)
  .action(async ({ parsedInput, ctx }) => {
    return copyClientContact({ clientId: parsedInput.clientId, matterId: parsedInput.matterId, firmId: ctx.user.firmId });
  });
