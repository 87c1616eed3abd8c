exports.up = async function up(knex) {
  await knex.schema.createTable('clinics', (t) => {
    t.increments('id');
    t.string('name').notNullable();
    t.string('code').notNullable().unique();
  });
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.integer('clinic_id').notNullable().references('id').inTable('clinics');
    t.string('email').notNullable().unique();
    t.string('password_hash').notNullable();
    t.string('role').notNullable().defaultTo('staff'); // staff | doctor | admin
    t.string('reset_token_hash');
    t.timestamp('reset_expires_at');
  });
  await knex.schema.createTable('kiosks', (t) => {
    t.increments('id');
    t.integer('clinic_id').notNullable().references('id').inTable('clinics');
    t.string('api_key_hash').notNullable().unique();
    t.string('label');
  });
  await knex.schema.createTable('patients', (t) => {
    t.increments('id');
    t.integer('clinic_id').notNullable().references('id').inTable('clinics');
    t.string('first_name').notNullable();
    t.string('last_name').notNullable();
    t.date('dob').notNullable();
    t.string('phone');
    t.text('allergies');
  });
  await knex.schema.createTable('queue_entries', (t) => {
    t.increments('id');
    t.integer('clinic_id').notNullable().references('id').inTable('clinics');
    t.integer('patient_id').notNullable().references('id').inTable('patients');
    t.string('status').notNullable().defaultTo('waiting');
    t.string('reason');
    t.timestamp('checked_in_at').defaultTo(knex.fn.now());
    t.timestamp('called_at');
  });
  await knex.schema.createTable('queue_notes', (t) => {
    t.increments('id');
    t.integer('clinic_id').notNullable().references('id').inTable('clinics');
    t.integer('entry_id').notNullable().references('id').inTable('queue_entries');
    t.integer('author_id').notNullable().references('id').inTable('users');
    t.text('body').notNullable();
  });
};

exports.down = async function down(knex) {
  for (const t of ['queue_notes', 'queue_entries', 'patients', 'kiosks', 'users', 'clinics']) await knex.schema.dropTableIfExists(t);
};
