import type { Knex } from 'knex';

const USER_ROLES = ['admin', 'dispatcher', 'technician'];
const JOB_STATUSES = ['scheduled', 'in_progress', 'completed', 'cancelled'];

export async function up(knex: Knex): Promise<void> {
  await knex.raw('create extension if not exists pgcrypto');

  await knex.schema.createTable('tenants', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.string('name', 200).notNullable();
    t.string('slug', 80).notNullable().unique();
    t.timestamps(true, true);
  });

  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    t.string('email', 254).notNullable().unique();
    t.string('name', 200).notNullable();
    t.string('password_hash', 100).notNullable();
    t.enu('role', USER_ROLES, { useNative: true, enumName: 'user_role' }).notNullable().defaultTo('technician');
    t.timestamps(true, true);
    t.index(['tenant_id']);
  });

  await knex.schema.createTable('technicians', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    t.uuid('user_id').nullable().references('id').inTable('users').onDelete('SET NULL');
    t.string('name', 200).notNullable();
    t.string('phone', 40).nullable();
    t.specificType('skills', 'text[]').notNullable().defaultTo('{}');
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamps(true, true);
    t.index(['tenant_id', 'active']);
  });

  await knex.schema.createTable('customers', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    t.string('name', 200).notNullable();
    t.string('email', 254).nullable();
    t.string('phone', 40).nullable();
    t.string('address', 500).nullable();
    t.timestamps(true, true);
    t.index(['tenant_id', 'name']);
  });

  await knex.schema.createTable('jobs', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    t.uuid('customer_id').notNullable().references('id').inTable('customers').onDelete('RESTRICT');
    t.uuid('technician_id').nullable().references('id').inTable('technicians').onDelete('SET NULL');
    t.string('title', 200).notNullable();
    t.text('description').nullable();
    t.enu('status', JOB_STATUSES, { useNative: true, enumName: 'job_status' }).notNullable().defaultTo('scheduled');
    t.timestamp('scheduled_start', { useTz: true }).notNullable();
    t.timestamp('scheduled_end', { useTz: true }).notNullable();
    t.timestamps(true, true);
    t.index(['tenant_id', 'scheduled_start']);
    t.index(['tenant_id', 'technician_id']);
  });

  await knex.schema.createTable('job_notes', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    t.uuid('job_id').notNullable().references('id').inTable('jobs').onDelete('CASCADE');
    t.uuid('author_id').nullable().references('id').inTable('users').onDelete('SET NULL');
    t.text('body').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['tenant_id', 'job_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('job_notes');
  await knex.schema.dropTableIfExists('jobs');
  await knex.schema.dropTableIfExists('customers');
  await knex.schema.dropTableIfExists('technicians');
  await knex.schema.dropTableIfExists('users');
  await knex.schema.dropTableIfExists('tenants');
  await knex.raw('drop type if exists job_status');
  await knex.raw('drop type if exists user_role');
}
