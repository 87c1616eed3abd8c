import type { Unit } from '@prisma/client';
import { prisma } from '../lib/prisma';
import { BaseRepository } from '../repositories/base.repository';

export class RentRollService {
  private readonly units = new BaseRepository<Unit>(prisma.unit);

  forOrg(orgId: string) {
    return this.units.list({ orgId });
  }

  unit(id: string) {
    return this.units.findById(id);
  }
}

export const rentRoll = new RentRollService();
