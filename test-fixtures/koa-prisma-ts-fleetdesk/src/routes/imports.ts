import Router from '@koa/router';
import multer from '@koa/multer';
import { prisma } from '../lib/prisma';
import { currentUser } from '../middleware/auth';

// expect: unrestricted-upload
const csvUpload = multer({ storage: multer.memoryStorage() });

export const importsRouter = new Router();

// expect: missing-rate-limit, missing-input-validation
importsRouter.post('/vehicles', csvUpload.single('csv'), async (ctx) => {
  const { companyId } = currentUser(ctx);
  const lines = ctx.request.file.buffer.toString('utf8').split('\n').slice(1).filter(Boolean);
  const rows = lines.map((line) => {
    const [vin, plate, make, model] = line.split(',');
    return { vin, plate, make, model, companyId };
  });
  const { count } = await prisma.vehicle.createMany({ data: rows });
  ctx.body = { imported: count };
});
