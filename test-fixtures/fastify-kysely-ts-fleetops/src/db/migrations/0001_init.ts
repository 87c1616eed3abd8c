import { Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('companies')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('company_id', 'integer', (c) => c.notNull().references('companies.id'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('dispatcher'))
    .addColumn('reset_token_hash', 'text')
    .addColumn('reset_expires_at', 'timestamptz')
    .execute();

  for (const table of ['vehicles', 'drivers', 'trips', 'maintenance', 'documents', 'fuel_transactions', 'api_keys', 'inspections']) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('company_id', 'integer', (c) => c.notNull().references('companies.id'))
      .execute();
  }

  await db.schema
    .createTable('trip_shares')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['trip_shares', 'inspections', 'api_keys', 'fuel_transactions', 'documents', 'maintenance', 'trips', 'drivers', 'vehicles', 'users', 'companies']) {
    await db.schema.dropTable(table).execute();
  }
}
