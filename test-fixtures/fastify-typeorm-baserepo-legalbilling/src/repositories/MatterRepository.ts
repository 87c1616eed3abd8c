import { AppDataSource } from '../data-source';
import { Matter } from '../entities/Matter';
import { BaseRepository } from './BaseRepository';

export class MatterRepository extends BaseRepository<Matter> {
  constructor() {
    super(AppDataSource.getRepository(Matter));
  }

  forFirm(firmId: string) {
    // ok: unscoped-tenant-query
    return this.repo.find({ where: { firmId }, order: { openedAt: 'DESC' } });
  }

  openByClient(clientId: string) {
    // expect: unscoped-tenant-query
    return this.repo.findBy({ clientId, status: 'open' });
  }
}

export const matters = new MatterRepository();
