import Router from 'koa-router';
import { koaBody } from 'koa-body';
import { promises as fs } from 'node:fs';
import { AppDataSource } from '../data-source';
import { Product } from '../entity/Product';
import { requireRole } from '../middleware/roles';

const router = new Router({ prefix: '/imports' });

const imageUpload = koaBody({
  multipart: true,
  formidable: {
    maxFileSize: 5 * 1024 * 1024,
    filter: ({ mimetype }) => !!mimetype && ['image/png', 'image/jpeg', 'image/webp'].includes(mimetype),
  },
});

// size and type are checked, but nothing limits how often
// ok: unrestricted-upload
// expect: missing-rate-limit
router.post('/products/:id/image', requireRole('owner', 'manager'), imageUpload, async (ctx) => {
  const product = await AppDataSource.getRepository(Product).findOneBy({ id: ctx.params.id, tenantId: ctx.state.user.tenantId });
  if (!product) ctx.throw(404);
  const file = (ctx.request.files as any)?.image;
  product.imageKey = file.newFilename;
  await AppDataSource.getRepository(Product).save(product);
  ctx.body = { ok: true };
});

// expect: missing-rate-limit
router.post('/products.csv', requireRole('owner', 'manager'),
  // expect: unrestricted-upload
  koaBody({ multipart: true }),
  async (ctx) => {
    const file = (ctx.request.files as any)?.file;
    try {
      const text = await fs.readFile(file.filepath, 'utf8');
      const rows = text.split('\n').slice(1).filter(Boolean).map((line) => line.split(','));
      const repo = AppDataSource.getRepository(Product);
      for (const [sku, name, quantity] of rows) {
        await repo.upsert({ tenantId: ctx.state.user.tenantId, sku, name, quantity: Number(quantity), priceCents: 0 }, ['tenantId', 'sku']);
      }
      ctx.body = { imported: rows.length };
    } catch (e) {
      ctx.status = 500;
      // expect: error-details-leak
      ctx.body = { error: 'import failed', reason: (e as Error).message };
    }
  });

export default router;
