import type { DeepPartial, FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';

/** CRUD shared by every entity; one instance per TypeORM repository. */
export class BaseRepository<T extends ObjectLiteral & { id: string }> {
  constructor(protected readonly repo: Repository<T>) {}

  findById(id: string): Promise<T | null> {
    // expect: unscoped-tenant-query
    return this.repo.findOneBy({ id } as FindOptionsWhere<T>);
  }

  findOneWhere(where: FindOptionsWhere<T>): Promise<T | null> {
    // ok: unscoped-tenant-query
    return this.repo.findOne({ where });
  }

  list(where: FindOptionsWhere<T>): Promise<T[]> {
    // ok: unscoped-tenant-query
    return this.repo.find({ where, take: 200 });
  }

  create(data: DeepPartial<T>): Promise<T> {
    return this.repo.save(this.repo.create(data));
  }

  async updateById(id: string, patch: Partial<T>): Promise<void> {
    // expect: unscoped-tenant-query
    await this.repo.update(id, patch as never);
  }

  async deleteById(id: string): Promise<void> {
    // ok: unscoped-tenant-query
    await this.repo.delete(id);
  }
}
