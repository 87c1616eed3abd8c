import type { MaintenanceRequest } from '@prisma/client';
import { prisma } from '../lib/prisma';
import { BaseRepository } from '../repositories/base.repository';
import { BaseService } from './base.service';

class MaintenanceService extends BaseService<MaintenanceRequest> {
  constructor() {
    super(new BaseRepository<MaintenanceRequest>(prisma.maintenanceRequest));
  }

  openForOrg(orgId: string) {
    return this.repo.list({ orgId, status: 'open' });
  }

  file(orgId: string, unitId: string, description: string) {
    return this.repo.create({ orgId, unitId, description, status: 'open', createdAt: new Date() });
  }
}

export const maintenanceService = new MaintenanceService();
