import type { BaseRepository } from '../repositories/base.repository';

export class BaseService<T> {
  constructor(protected readonly repo: BaseRepository<T>) {}

  get(id: string) {
    return this.repo.findById(id);
  }

  getForOrg(orgId: string, id: string) {
    return this.repo.findScoped(orgId, id);
  }
}
