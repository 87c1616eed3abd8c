/**
 * One repository class for every model: each instance is handed its Prisma delegate.
 * Subclasses add the queries that only make sense for their model.
 */
export class BaseRepository<T> {
  constructor(protected readonly model: any) {}

  findById(id: string): Promise<T | null> {
    // expect: unscoped-tenant-query
    return this.model.findUnique({ where: { id } });
  }

  findScoped(orgId: string, id: string): Promise<T | null> {
    // ok: unscoped-tenant-query
    return this.model.findFirst({ where: { id, orgId } });
  }

  list(where: Record<string, unknown> = {}): Promise<T[]> {
    // ok: unscoped-tenant-query
    return this.model.findMany({ where, take: 100 });
  }

  create(data: Omit<T, 'id'>): Promise<T> {
    return this.model.create({ data });
  }

  update(id: string, data: Partial<T>): Promise<T> {
    // expect: unscoped-tenant-query
    return this.model.update({ where: { id }, data });
  }

  remove(id: string): Promise<T> {
    // ok: unscoped-tenant-query
    return this.model.delete({ where: { id } });
  }
}
