import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE EXTENSION IF NOT EXISTS pgcrypto');

  await knex.schema.createTable('orgs', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.string('name').notNullable();
    t.string('plan').notNullable().defaultTo('free');
    t.timestamps(true, true);
  });

  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('org_id').notNullable().references('id').inTable('orgs').onDelete('CASCADE');
    t.string('email').notNullable().unique();
    // Nullable: invited users have no password until they accept the invite.
    t.string('password_hash');
    t.enu('role', ['admin', 'member'], { useNative: true, enumName: 'user_role' })
      .notNullable()
      .defaultTo('member');
    t.string('reset_token_hash');
    t.timestamp('reset_token_expires_at', { useTz: true });
    t.timestamps(true, true);
    t.index(['org_id']);
    t.index(['reset_token_hash']);
  });

  await knex.schema.createTable('customers', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('org_id').notNullable().references('id').inTable('orgs').onDelete('CASCADE');
    t.string('name').notNullable();
    t.string('email');
    t.string('phone');
    t.text('billing_address');
    t.timestamps(true, true);
    t.index(['org_id']);
  });

  await knex.schema.createTable('invoices', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('org_id').notNullable().references('id').inTable('orgs').onDelete('CASCADE');
    t.uuid('customer_id').notNullable().references('id').inTable('customers').onDelete('RESTRICT');
    t.string('number').notNullable();
    t.enu('status', ['draft', 'sent', 'paid', 'void'], { useNative: true, enumName: 'invoice_status' })
      .notNullable()
      .defaultTo('draft');
    t.bigInteger('amount_cents').notNullable();
    t.string('currency', 3).notNullable().defaultTo('EUR');
    t.date('due_date').notNullable();
    t.timestamp('sent_at', { useTz: true });
    t.timestamp('paid_at', { useTz: true });
    t.timestamps(true, true);
    t.unique(['org_id', 'number']);
    t.index(['org_id', 'status']);
    t.index(['customer_id']);
  });

  await knex.schema.createTable('email_outbox', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('org_id').notNullable().references('id').inTable('orgs').onDelete('CASCADE');
    t.string('recipient').notNullable();
    t.string('template').notNullable();
    t.jsonb('payload').notNullable().defaultTo('{}');
    t.timestamp('sent_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['sent_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('email_outbox');
  await knex.schema.dropTableIfExists('invoices');
  await knex.schema.dropTableIfExists('customers');
  await knex.schema.dropTableIfExists('users');
  await knex.schema.dropTableIfExists('orgs');
  await knex.raw('DROP TYPE IF EXISTS invoice_status');
  await knex.raw('DROP TYPE IF EXISTS user_role');
}
