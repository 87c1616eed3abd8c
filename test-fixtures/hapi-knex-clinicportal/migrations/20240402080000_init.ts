import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('clinics', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.string('name').notNullable();
    t.string('timezone').notNullable().defaultTo('Europe/Berlin');
    t.timestamps(true, true);
  });

  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('clinic_id').notNullable().references('id').inTable('clinics').onDelete('CASCADE');
    t.string('email').notNullable().unique();
    t.string('password_hash').notNullable();
    t.enu('role', ['admin', 'doctor', 'reception']).notNullable().defaultTo('reception');
    t.boolean('disabled').notNullable().defaultTo(false);
    t.timestamps(true, true);
  });

  await knex.schema.createTable('patients', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('clinic_id').notNullable().references('id').inTable('clinics').onDelete('CASCADE');
    t.string('first_name').notNullable();
    t.string('last_name').notNullable();
    t.date('birth_date');
    t.string('phone');
    t.text('allergies');
    t.timestamps(true, true);
    t.index(['clinic_id', 'last_name']);
  });

  await knex.schema.createTable('patient_notes', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('clinic_id').notNullable().references('id').inTable('clinics').onDelete('CASCADE');
    t.uuid('patient_id').notNullable().references('id').inTable('patients').onDelete('CASCADE');
    t.uuid('author_id').notNullable().references('id').inTable('users');
    t.text('body').notNullable();
    t.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
  });

  await knex.schema.createTable('appointments', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('clinic_id').notNullable().references('id').inTable('clinics').onDelete('CASCADE');
    t.uuid('patient_id').notNullable().references('id').inTable('patients').onDelete('CASCADE');
    t.uuid('doctor_id').notNullable().references('id').inTable('users');
    t.timestamp('starts_at').notNullable();
    t.integer('duration_min').notNullable().defaultTo(20);
    t.string('status').notNullable().defaultTo('booked');
    t.index(['clinic_id', 'starts_at']);
  });

  await knex.schema.createTable('audit_events', (t) => {
    t.bigIncrements('id');
    t.uuid('clinic_id').notNullable().references('id').inTable('clinics').onDelete('CASCADE');
    t.uuid('actor_id').references('id').inTable('users');
    t.string('action').notNullable();
    t.jsonb('details').notNullable().defaultTo('{}');
    t.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['audit_events', 'appointments', 'patient_notes', 'patients', 'users', 'clinics']) {
    await knex.schema.dropTableIfExists(table);
  }
}
