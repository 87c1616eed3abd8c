import { z } from 'zod';

const expenseSchema = z.object({
  amountCents: z.number().int().positive(),
  currency: z.string().length(3).default('EUR'),
  note: z.string().max(500).optional(),
  categoryId: z.string().optional(),
});

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const user = event.context.user;
  const data = await readValidatedBody(event, expenseSchema.parse);
  return prisma.expense.create({
    data: { ...data, workspaceId: user.workspaceId, userId: user.id },
  });
});
