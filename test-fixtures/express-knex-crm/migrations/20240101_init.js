exports.up = async (knex) => {
  await knex.schema.createTable('companies', (t) => {
    t.increments('id');
    t.string('name').notNullable();
  });
  await knex.schema.createTable('deals', (t) => {
    t.increments('id');
    t.integer('company_id').notNullable().references('id').inTable('companies');
    t.string('title');
    t.integer('value_cents');
  });
  await knex.schema.createTable('pipelines', (t) => {
    t.increments('id');
    t.string('name');
  });
};
