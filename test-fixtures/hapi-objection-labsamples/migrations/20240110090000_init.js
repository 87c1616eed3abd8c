exports.up = async function (knex) {
  await knex.schema.createTable('labs', (t) => {
    t.increments('id');
    t.string('name').notNullable();
    t.string('clia_number');
    t.timestamps(true, true);
  });
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.integer('lab_id').notNullable().references('id').inTable('labs').onDelete('CASCADE');
    t.string('email').notNullable().unique();
    t.string('password_hash').notNullable();
    t.string('role').notNullable().defaultTo('technician');
    t.timestamps(true, true);
  });
  await knex.schema.createTable('test_types', (t) => {
    t.increments('id');
    t.string('code').notNullable().unique();
    t.string('name').notNullable();
    t.integer('turnaround_hours');
  });
  await knex.schema.createTable('samples', (t) => {
    t.increments('id');
    t.integer('lab_id').notNullable().references('id').inTable('labs');
    t.string('barcode').notNullable();
    t.string('patient_ref').notNullable();
    t.integer('test_type_id').references('id').inTable('test_types');
    t.string('status').notNullable().defaultTo('received');
    t.timestamp('collected_at');
    t.timestamps(true, true);
    t.unique(['lab_id', 'barcode']);
  });
  await knex.schema.createTable('results', (t) => {
    t.increments('id');
    t.integer('lab_id').notNullable().references('id').inTable('labs');
    t.integer('sample_id').notNullable().references('id').inTable('samples');
    t.string('analyte');
    t.decimal('value', 12, 4);
    t.string('unit');
    t.string('share_token').unique();
    t.integer('approved_by').references('id').inTable('users');
    t.timestamps(true, true);
  });
  await knex.schema.createTable('instruments', (t) => {
    t.increments('id');
    t.integer('lab_id').notNullable().references('id').inTable('labs');
    t.string('name');
    t.string('serial');
    t.string('status');
    t.timestamp('last_calibrated_at');
  });
  await knex.schema.createTable('attachments', (t) => {
    t.increments('id');
    t.integer('lab_id').notNullable().references('id').inTable('labs');
    t.integer('sample_id').notNullable().references('id').inTable('samples');
    t.string('path');
    t.string('filename');
  });
};

exports.down = async function (knex) {
  for (const t of ['attachments', 'instruments', 'results', 'samples', 'test_types', 'users', 'labs']) {
    await knex.schema.dropTableIfExists(t);
  }
};
