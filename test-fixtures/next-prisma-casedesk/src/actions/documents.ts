'use server';

import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { authActionClient } from '@/lib/safe-action';
import { zipDocuments } from '@/lib/storage';

// bundles every document of a matter into a zip for the client
// expect: missing-rate-limit
export const exportMatterDocuments = authActionClient
  .inputSchema(z.object({ matterId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: unscoped-tenant-query
    const docs = await prisma.document.findMany({ where: { matterId: parsedInput.matterId, firmId: ctx.user.firmId } });
    return { url: await zipDocuments(docs.map((d) => d.storageKey)) };
  });

// ok: missing-auth, missing-input-validation
export const renameDocument = authActionClient
  .inputSchema(z.object({ documentId: z.string().cuid(), filename: z.string().min(1).max(255) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: unscoped-tenant-query
    await prisma.document.updateMany({ where: { id: parsedInput.documentId, firmId: ctx.user.firmId }, data: { filename: parsedInput.filename } });
  });

// the signature status panel: the request is looked up by its document id alone
// ok: missing-auth
export const signatureStatus = authActionClient
  .inputSchema(z.object({ documentId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // expect: unscoped-tenant-query
    return prisma.signatureRequest.findFirst({ where: { documentId: parsedInput.documentId } });
  });
