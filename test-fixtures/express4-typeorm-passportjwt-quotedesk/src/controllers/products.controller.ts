import { Request, Response } from 'express';
import { AppDataSource } from '../data-source';
import { Product } from '../entities/Product';

const products = () => AppDataSource.getRepository(Product);

export async function listProducts(req: Request, res: Response) {
  // ok: unscoped-tenant-query
  res.json(await products().find({ where: { organizationId: req.user!.organizationId, archived: false } }));
}

export async function createProduct(req: Request, res: Response) {
  const product = products().create({ ...req.body, organizationId: req.user!.organizationId });
  res.status(201).json(await products().save(product));
}

export async function archiveProduct(req: Request, res: Response) {
  // ok: unscoped-tenant-query
  const product = await products().findOneBy({ id: req.params.id, organizationId: req.user!.organizationId });
  if (!product) return res.status(404).json({ error: 'not_found' });
  product.archived = true;
  await products().save(product);
  res.json(product);
}
