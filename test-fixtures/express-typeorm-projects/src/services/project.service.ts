import { AppDataSource } from '../data-source';
import { Project } from '../entities/Project';

export class ProjectService {
  private repo = AppDataSource.getRepository(Project);

  list(organizationId: string) {
    // ok: unscoped-tenant-query
    return this.repo.find({ where: { organizationId } });
  }

  get(id: string) {
    // expect: unscoped-tenant-query
    return this.repo.findOneBy({ id });
  }

  getForOrg(id: string, organizationId: string) {
    // ok: unscoped-tenant-query
    return this.repo.findOne({ where: { id, organizationId } });
  }

  async archive(id: string) {
    // expect: unscoped-tenant-query
    await this.repo.update({ id }, { archived: true });
  }

  async rename(id: string, organizationId: string, name: string) {
    // ok: unscoped-tenant-query
    const owned = await this.repo.exist({ where: { id, organizationId } });
    if (!owned) throw new Error('not found');
    // ok: unscoped-tenant-query
    await this.repo.update({ id }, { name });
  }
}
