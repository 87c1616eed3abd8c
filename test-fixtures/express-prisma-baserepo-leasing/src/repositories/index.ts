import type { Lease, Listing, Unit, User } from '@prisma/client';
import { prisma } from '../lib/prisma';
import { BaseRepository } from './base.repository';

export const leaseRepo = new BaseRepository<Lease>(prisma.lease);
export const unitRepo = new BaseRepository<Unit>(prisma.unit);
export const listingRepo = new BaseRepository<Listing>(prisma.listing);
export const userRepo = new BaseRepository<User>(prisma.user);
export { propertyRepo } from './property.repository';
