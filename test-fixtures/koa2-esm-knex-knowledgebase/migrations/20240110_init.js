export async function up(knex) {
  await knex.schema.createTable('accounts', (t) => {
    t.increments('id');
    t.string('name').notNullable();
    t.string('subdomain').notNullable().unique();
    t.string('plan').notNullable().defaultTo('starter');
  });
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.string('email').notNullable().unique();
    t.string('name').notNullable();
    t.string('password_hash').notNullable();
    t.string('role').notNullable().defaultTo('editor');
    t.string('reset_token_hash');
  });
  await knex.schema.createTable('categories', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.string('name').notNullable();
  });
  await knex.schema.createTable('articles', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.integer('category_id').references('categories.id');
    t.integer('author_id').references('users.id');
    t.string('title').notNullable();
    t.text('body').notNullable();
    t.string('status').notNullable().defaultTo('draft');
    t.integer('helpful_count').notNullable().defaultTo(0);
    t.timestamps(true, true);
  });
  await knex.schema.createTable('comments', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.integer('article_id').notNullable().references('articles.id');
    t.integer('author_id').references('users.id');
    t.text('body').notNullable();
    t.boolean('internal').notNullable().defaultTo(false);
  });
  await knex.schema.createTable('api_keys', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.string('label').notNullable();
    t.string('key_hash').notNullable();
    t.string('last4').notNullable();
  });
  await knex.schema.createTable('attachments', (t) => {
    t.increments('id');
    t.integer('account_id').notNullable().references('accounts.id');
    t.integer('article_id').notNullable().references('articles.id');
    t.string('path').notNullable();
    t.integer('size_bytes').notNullable();
  });
}

export async function down(knex) {
  for (const table of ['attachments', 'api_keys', 'comments', 'articles', 'categories', 'users', 'accounts']) {
    await knex.schema.dropTableIfExists(table);
  }
}
