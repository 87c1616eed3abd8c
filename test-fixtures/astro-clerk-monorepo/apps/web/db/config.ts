import { column, defineDb, defineTable } from 'astro:db';

const Note = defineTable({
  columns: {
    id: column.text({ primaryKey: true }),
    ownerId: column.text(),
    title: column.text(),
    body: column.text(),
    slug: column.text({ unique: true }),
    isPublic: column.boolean({ default: false }),
    createdAt: column.date({ default: new Date() }),
  },
});

const Attachment = defineTable({
  columns: {
    id: column.text({ primaryKey: true }),
    noteId: column.text({ references: () => Note.columns.id }),
    ownerId: column.text(),
    key: column.text(),
  },
});

export default defineDb({ tables: { Note, Attachment } });
