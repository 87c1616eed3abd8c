import Router from '@koa/router';
import { koaBody } from 'koa-body';
import fs from 'fs';
import path from 'path';
import { prisma } from '../lib/db';
import type { SessionUser } from '../middleware/session';

const STORAGE = process.env.DOCUMENT_STORAGE ?? '/srv/lexcase/documents';
const ALLOWED = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

// ok: unrestricted-upload
const documentUpload = koaBody({
  multipart: true,
  formidable: {
    uploadDir: STORAGE,
    maxFileSize: 25 * 1024 * 1024,
    filter: ({ mimetype }) => !!mimetype && ALLOWED.includes(mimetype),
  },
});

// expect: unrestricted-upload
const bulkUpload = koaBody({ multipart: true, formidable: { uploadDir: STORAGE, multiples: true } });

export const documentsRouter = new Router();

// ok: missing-auth
documentsRouter.get('/cases/:caseId/documents', async (ctx) => {
  const user = ctx.state.user as SessionUser;
  // ok: unscoped-tenant-query
  ctx.body = await prisma.document.findMany({ where: { caseId: ctx.params.caseId, workspaceId: user.workspaceId } });
});

// expect: missing-rate-limit
documentsRouter.post('/cases/:caseId/documents', documentUpload, async (ctx) => {
  const user = ctx.state.user as SessionUser;
  // ok: unscoped-tenant-query
  const found = await prisma.case.findFirst({ where: { id: ctx.params.caseId, workspaceId: user.workspaceId } });
  if (!found) ctx.throw(404);
  const file = ctx.request.files?.file;
  if (!file || Array.isArray(file)) ctx.throw(400, 'One file expected');
  ctx.status = 201;
  ctx.body = await prisma.document.create({
    data: {
      workspaceId: user.workspaceId,
      caseId: found.id,
      filename: file.originalFilename ?? 'document',
      mimeType: file.mimetype ?? 'application/octet-stream',
      size: file.size,
      storagePath: file.filepath,
    },
  });
});

// expect: missing-rate-limit
documentsRouter.post('/cases/:caseId/documents/bulk', bulkUpload, async (ctx) => {
  const user = ctx.state.user as SessionUser;
  // ok: unscoped-tenant-query
  const found = await prisma.case.findFirst({ where: { id: ctx.params.caseId, workspaceId: user.workspaceId } });
  if (!found) ctx.throw(404);
  const files = ([] as any[]).concat(ctx.request.files?.files ?? []);
  // ok: unscoped-tenant-query
  await prisma.document.createMany({
    data: files.map((f) => ({
      workspaceId: user.workspaceId,
      caseId: found.id,
      filename: f.originalFilename ?? 'document',
      mimeType: f.mimetype ?? 'application/octet-stream',
      size: f.size,
      storagePath: f.filepath,
    })),
  });
  ctx.status = 201;
  ctx.body = { uploaded: files.length };
});

// ok: missing-auth
documentsRouter.get('/documents/:id/download', async (ctx) => {
  const user = ctx.state.user as SessionUser;
  // ok: unscoped-tenant-query
  const doc = await prisma.document.findFirst({ where: { id: ctx.params.id, workspaceId: user.workspaceId } });
  if (!doc) ctx.throw(404);
  ctx.attachment(doc.filename);
  ctx.type = doc.mimeType;
  ctx.body = fs.createReadStream(path.resolve(doc.storagePath));
});

// ok: missing-auth
documentsRouter.delete('/documents/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const doc = await prisma.document.delete({ where: { id: ctx.params.id } });
  await fs.promises.rm(doc.storagePath, { force: true });
  ctx.status = 204;
});
