// generic repository: each model's repository hands its Prisma delegate to the constructor
type Delegate = {
  findUnique(args: { where: { id: string } }): Promise<any>;
  findFirst(args: { where: Record<string, unknown> }): Promise<any>;
};

export abstract class BaseRepository<D extends Delegate> {
  constructor(protected readonly model: D) {}

  findById(id: string) {
    // expect: unscoped-tenant-query
    return this.model.findUnique({ where: { id } });
  }

  findInOrg(orgId: string, id: string) {
    // ok: unscoped-tenant-query
    return this.model.findFirst({ where: { id, orgId } });
  }
}
