import { Router, type Request, type Response, type NextFunction } from 'express';
import { checkSchema, matchedData } from 'express-validator';
import { QueryTypes, ValidationError } from 'sequelize';
import { Contract, Vendor, sequelize, Role, type User } from '../models/index.js';
import { requireAuth, requireRole, currentOrgId } from '../middleware/auth.js';
import { handleValidation } from '../middleware/validate.js';
import { logger } from '../logger.js';

declare module 'express-serve-static-core' {
  interface Request {
    contract?: Contract;
  }
}

export const contractOpsRouter = Router();

const adminOnly = [requireAuth, requireRole(Role.Owner, Role.Admin)];

contractOpsRouter.param('contractId', async (req: Request, res: Response, next: NextFunction, id: string) => {
  // ok: unscoped-tenant-query
  const contract = await Contract.findOne({ where: { id, organizationId: currentOrgId(req) } });
  if (!contract) return res.status(404).json({ error: 'contract not found' });
  req.contract = contract;
  next();
});

// ok: missing-auth
contractOpsRouter.get('/:contractId', (req, res) => {
  res.json(req.contract);
});

// ok: missing-input-validation
contractOpsRouter.put(
  '/:contractId/terms',
  checkSchema({
    title: { isString: true, isLength: { options: { min: 1, max: 200 } } },
    valueCents: { isInt: { options: { min: 0 } }, toInt: true },
  }),
  handleValidation,
  async (req: Request, res: Response) => {
    const data = matchedData(req, { locations: ['body'] });
    await req.contract!.update(data);
    res.json(req.contract);
  },
);

// expect: missing-input-validation
contractOpsRouter.put('/:contractId/vendor', async (req, res) => {
  // ok: unscoped-tenant-query
  await Vendor.update(req.body, { where: { id: req.contract!.vendorId, organizationId: currentOrgId(req) } });
  res.sendStatus(204);
});

// ok: missing-role-check, unscoped-tenant-query
contractOpsRouter.delete('/:contractId', ...adminOnly, async (req, res) => {
  await req.contract!.destroy();
  res.sendStatus(204);
});

contractOpsRouter.get('/by-vendor/:vendorId/raw', async (req, res) => {
  // expect: unscoped-tenant-query
  const rows = await sequelize.query('SELECT id, title, value_cents FROM contracts WHERE vendor_id = :vendorId', {
    replacements: { vendorId: req.params.vendorId },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
});

contractOpsRouter.get('/', async (req, res) => {
  const user = req.user as User;
  const organizationId = (req.query.organizationId as string | undefined) ?? user.organizationId;
  // expect: unscoped-tenant-query
  const contracts = await Contract.findAll({ where: { organizationId } });
  res.json(contracts);
});

// ok: missing-input-validation
contractOpsRouter.post('/:contractId/renew', async (req, res) => {
  try {
    const renewed = await Contract.create({
      organizationId: req.contract!.organizationId,
      vendorId: req.contract!.vendorId,
      title: `${req.contract!.title} (renewal)`,
      valueCents: req.contract!.valueCents,
    });
    res.status(201).json(renewed);
  } catch (err) {
    if (err instanceof ValidationError) {
      // ok: error-details-leak
      return res.status(422).json({ error: err.message });
    }
    logger.error({ err }, 'renewal failed');
    // expect: error-details-leak
    res.status(500).json({ error: 'renewal failed', reason: (err as Error).message });
  }
});
