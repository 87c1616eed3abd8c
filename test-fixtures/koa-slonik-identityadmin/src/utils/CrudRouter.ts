import Router from 'koa-router';
import { sql, type DatabasePool } from 'slonik';

/** A router with list / delete routes for one table: each instance serves under `/<table>`. */
export default class CrudRouter extends Router {
  constructor(
    public readonly table: string,
    private readonly pool: DatabasePool
  ) {
    super({ prefix: '/' + table });
    this.#addRoutes();
  }

  #addRoutes() {
    this.get('/', async (ctx, next) => {
      ctx.body = await this.pool.any(sql.unsafe`select * from ${sql.identifier([this.table])} limit 100`);
      return next();
    });

    // (registered on each instance, mounted behind the management API's auth: never served on its own at /:id)
    // ok: missing-auth
    this.delete('/:id', async (ctx, next) => {
      await this.pool.query(sql.unsafe`delete from ${sql.identifier([this.table])} where id = ${ctx.params.id}`);
      ctx.status = 204;
      return next();
    });
  }
}
