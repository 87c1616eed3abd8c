import type { CollectionConfig } from 'payload';

/** Published case studies are public; drafts and edits are for signed-in editors (Payload's default). */
export const CaseStudies: CollectionConfig = {
  slug: 'case-studies',
  access: {
    read: ({ req }) => (req.user ? true : { status: { equals: 'published' } }),
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'client', type: 'text' },
    { name: 'status', type: 'select', options: ['draft', 'published'], defaultValue: 'draft' },
  ],
};
