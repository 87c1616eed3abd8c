import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('tenants', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.string('name').notNullable();
    t.string('slug').notNullable().unique();
  });
  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
    t.string('email').notNullable().unique();
    t.string('password_hash').notNullable();
    t.string('role').notNullable().defaultTo('member');
    t.string('reset_token_hash');
    t.timestamp('reset_expires_at');
  });
  await knex.schema.createTable('facilities', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
    t.string('name').notNullable();
    t.integer('capacity').notNullable();
    t.boolean('is_public').notNullable().defaultTo(false);
    t.string('floor_plan_path');
  });
  await knex.schema.createTable('bookings', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
    t.uuid('facility_id').notNullable().references('facilities.id');
    t.uuid('user_id').notNullable().references('users.id');
    t.timestamp('starts_at').notNullable();
    t.timestamp('ends_at').notNullable();
    t.string('status').notNullable().defaultTo('confirmed');
    t.text('notes');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('bookings');
  await knex.schema.dropTable('facilities');
  await knex.schema.dropTable('users');
  await knex.schema.dropTable('tenants');
}
