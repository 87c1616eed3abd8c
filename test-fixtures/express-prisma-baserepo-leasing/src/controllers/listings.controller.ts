import type { Request, Response } from 'express';
import { listingRepo } from '../repositories';

// the public site shows published listings of every landlord on the platform
export async function publicListings(_req: Request, res: Response) {
  res.json(await listingRepo.list({ published: true }));
}
