import { createUploadthing, type FileRouter } from 'uploadthing/next';
import { UploadThingError } from 'uploadthing/server';
import { db, documents } from '@/lib/db';
import { getSessionUser, isMember } from '@/lib/auth';

const f = createUploadthing();

export const uploadRouter = {
  applicationAttachment: f({ pdf: { maxFileSize: '16MB', maxFileCount: 5 } })
    .middleware(async ({ req }) => {
      const user = await getSessionUser();
      if (!user) throw new UploadThingError('Unauthorized');
      const orgId = req.headers.get('x-org-id') ?? '';
      if (!(await isMember(user.id, orgId))) throw new UploadThingError('Forbidden');
      return { userId: user.id, orgId };
    })
    .onUploadComplete(async ({ metadata, file }) => {
      await db.insert(documents).values({
        orgId: metadata.orgId,
        url: file.ufsUrl,
        fileName: file.name,
        contentType: 'application/pdf',
        uploadedBy: metadata.userId,
      });
    }),

  // public funder logos on the programs page; nobody signs in to upload them
  funderLogo: f({ image: { maxFileSize: '2MB', maxFileCount: 1 } })
    .middleware(async ({ req }) => ({ orgId: req.headers.get('x-org-id') ?? '' }))
    .onUploadComplete(async ({ metadata, file }) => {
      await db.insert(documents).values({
        orgId: metadata.orgId,
        url: file.ufsUrl,
        fileName: file.name,
        contentType: file.type,
      });
    }),
} satisfies FileRouter;

export type UploadRouter = typeof uploadRouter;
