exports.up = async (knex) => {
  await knex.schema.createTable('branches', (t) => {
    t.increments('id');
    t.string('name').notNullable();
    t.string('region');
  });
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.integer('branch_id').references('branches.id').notNullable();
    t.string('email').unique().notNullable();
    t.string('password_hash').notNullable();
    t.string('role').notNullable().defaultTo('officer');
    t.timestamps(true, true);
  });
  await knex.schema.createTable('borrowers', (t) => {
    t.increments('id');
    t.integer('branch_id').references('branches.id').notNullable();
    t.string('first_name');
    t.string('last_name');
    t.string('national_id');
    t.integer('credit_score');
  });
  await knex.schema.createTable('loans', (t) => {
    t.increments('id');
    t.integer('branch_id').references('branches.id').notNullable();
    t.integer('borrower_id').references('borrowers.id').notNullable();
    t.integer('officer_id').references('users.id');
    t.bigInteger('amount_cents').notNullable();
    t.decimal('rate', 5, 3);
    t.string('status').defaultTo('draft');
    t.integer('approved_by');
    t.timestamps(true, true);
  });
  await knex.schema.createTable('payments', (t) => {
    t.increments('id');
    t.integer('branch_id').references('branches.id').notNullable();
    t.integer('loan_id').references('loans.id').notNullable();
    t.bigInteger('amount_cents').notNullable();
    t.timestamp('paid_at');
  });
  await knex.schema.createTable('documents', (t) => {
    t.increments('id');
    t.integer('branch_id').references('branches.id').notNullable();
    t.integer('borrower_id').references('borrowers.id').notNullable();
    t.string('path').notNullable();
    t.string('kind');
  });
};

exports.down = async (knex) => {
  for (const t of ['documents', 'payments', 'loans', 'borrowers', 'users', 'branches']) await knex.schema.dropTableIfExists(t);
};
