export async function up(knex) {
  await knex.schema.createTable('orgs', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.string('name').notNullable();
    t.boolean('suspended').notNullable().defaultTo(false);
    t.timestamps(true, true);
  });
  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.string('email').notNullable().unique();
    t.string('name').notNullable();
    t.string('password_hash').notNullable();
    t.boolean('is_superuser').notNullable().defaultTo(false);
  });
  await knex.schema.createTable('memberships', (t) => {
    t.uuid('org_id').references('orgs.id').onDelete('CASCADE');
    t.uuid('user_id').references('users.id').onDelete('CASCADE');
    t.string('role').notNullable().defaultTo('member');
    t.primary(['org_id', 'user_id']);
  });
  await knex.schema.createTable('folders', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('org_id').notNullable().references('orgs.id').onDelete('CASCADE');
    t.string('name').notNullable();
  });
  await knex.schema.createTable('documents', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('org_id').notNullable().references('orgs.id').onDelete('CASCADE');
    t.uuid('folder_id').references('folders.id').onDelete('SET NULL');
    t.string('title').notNullable();
    t.text('body').notNullable().defaultTo('');
    t.string('share_token').unique();
    t.uuid('created_by').references('users.id');
    t.timestamps(true, true);
  });
  await knex.schema.createTable('comments', (t) => {
    t.increments('id');
    t.uuid('org_id').notNullable().references('orgs.id').onDelete('CASCADE');
    t.uuid('document_id').notNullable().references('documents.id').onDelete('CASCADE');
    t.uuid('author_id').notNullable().references('users.id');
    t.text('body').notNullable();
    t.timestamp('created_at').defaultTo(knex.fn.now());
  });
}

export async function down(knex) {
  for (const table of ['comments', 'documents', 'folders', 'memberships', 'users', 'orgs']) {
    await knex.schema.dropTableIfExists(table);
  }
}
