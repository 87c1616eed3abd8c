import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('companies', (t) => {
    t.increments('id').primary();
    t.string('name').notNullable();
    t.string('status').notNullable().defaultTo('active');
    t.timestamps(true, true);
  });

  await knex.schema.createTable('users', (t) => {
    t.increments('id').primary();
    t.integer('company_id').notNullable().references('id').inTable('companies');
    t.string('email').notNullable().unique();
    t.string('password_hash').notNullable();
    t.string('role').notNullable().defaultTo('manager'); // admin | manager | maintenance | superadmin
    t.string('reset_token_hash');
    t.timestamp('reset_expires_at');
    t.timestamps(true, true);
  });

  await knex.schema.createTable('properties', (t) => {
    t.increments('id').primary();
    t.integer('company_id').notNullable().references('id').inTable('companies');
    t.integer('manager_id').references('id').inTable('users');
    t.string('name').notNullable();
    t.string('address_line1').notNullable();
    t.string('city').notNullable();
    t.string('postcode');
    t.integer('units').notNullable().defaultTo(1);
    t.timestamps(true, true);
  });

  await knex.schema.createTable('tenants', (t) => {
    t.increments('id').primary();
    t.integer('company_id').notNullable().references('id').inTable('companies');
    t.string('first_name').notNullable();
    t.string('last_name').notNullable();
    t.string('email');
    t.string('phone');
    t.string('portal_password_hash');
    t.timestamps(true, true);
  });

  await knex.schema.createTable('leases', (t) => {
    t.increments('id').primary();
    t.integer('company_id').notNullable().references('id').inTable('companies');
    t.integer('property_id').notNullable().references('id').inTable('properties');
    t.integer('tenant_id').notNullable().references('id').inTable('tenants');
    t.string('unit');
    t.date('starts_on').notNullable();
    t.date('ends_on');
    t.integer('rent_cents').notNullable();
    t.string('status').notNullable().defaultTo('active');
    t.string('document_path');
    t.timestamps(true, true);
  });

  await knex.schema.createTable('payments', (t) => {
    t.increments('id').primary();
    t.integer('company_id').notNullable().references('id').inTable('companies');
    t.integer('lease_id').notNullable().references('id').inTable('leases');
    t.integer('amount_cents').notNullable();
    t.string('status').notNullable().defaultTo('pending');
    t.string('provider_ref');
    t.timestamp('paid_at');
    t.timestamps(true, true);
  });

  await knex.schema.createTable('maintenance_requests', (t) => {
    t.increments('id').primary();
    t.integer('company_id').notNullable().references('id').inTable('companies');
    t.integer('lease_id').notNullable().references('id').inTable('leases');
    t.text('description').notNullable();
    t.string('priority').notNullable().defaultTo('normal');
    t.timestamps(true, true);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['maintenance_requests', 'payments', 'leases', 'tenants', 'properties', 'users', 'companies']) {
    await knex.schema.dropTableIfExists(table);
  }
}
