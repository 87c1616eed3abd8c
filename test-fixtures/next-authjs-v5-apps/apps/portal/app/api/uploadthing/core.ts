import { createUploadthing, type FileRouter } from 'uploadthing/next';
import { UploadThingError } from 'uploadthing/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/db';

const f = createUploadthing();

/** Every upload first checks who is signed in (the middleware runs before the file is accepted). */
export const portalFileRouter = {
  projectCover: f({ image: { maxFileSize: '4MB', maxFileCount: 1 } })
    .middleware(async () => {
      const session = await auth();
      if (!session?.user) throw new UploadThingError('Unauthorized');
      return { userId: session.user.id };
    })
    .onUploadComplete(async ({ metadata, file }) => {
      return { uploadedBy: metadata.userId, url: file.ufsUrl };
    }),

  projectBrief: f({ pdf: { maxFileSize: '16MB', maxFileCount: 1 } })
    .middleware(async () => {
      const session = await auth();
      if (!session?.user?.email) throw new UploadThingError('Sign in to upload');
      const member = await prisma.customer.findFirst({ where: { email: session.user.email } });
      return { organizationId: member?.organizationId ?? null };
    })
    .onUploadComplete(async ({ file }) => ({ url: file.ufsUrl })),
} satisfies FileRouter;

export type PortalFileRouter = typeof portalFileRouter;
