exports.up = async (knex) => {
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('email').notNullable().unique();
    t.string('password').notNullable();
    t.string('role').notNullable().defaultTo('user');
  });
  await knex.schema.createTable('domains', (t) => {
    t.increments('id');
    t.integer('user_id').notNullable().references('id').inTable('users');
    t.string('address').notNullable().unique();
    t.string('homepage');
  });
  await knex.schema.createTable('links', (t) => {
    t.increments('id');
    t.integer('user_id').notNullable().references('id').inTable('users');
    t.integer('domain_id').references('id').inTable('domains');
    t.string('slug').notNullable();
    t.text('target').notNullable();
    t.boolean('archived').notNullable().defaultTo(false);
    t.integer('visits').notNullable().defaultTo(0);
  });
};

exports.down = async (knex) => {
  await knex.schema.dropTable('links');
  await knex.schema.dropTable('domains');
  await knex.schema.dropTable('users');
};
