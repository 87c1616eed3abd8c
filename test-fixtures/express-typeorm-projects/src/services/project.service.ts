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
}
