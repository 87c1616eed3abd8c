// Transactions pushed by the open-banking aggregator.
// expect: unverified-webhook
export default defineEventHandler(async (event) => {
  const body = await readBody<{
    workspaceId: string;
    transactions: Array<{ id: string; amount: number; description: string; bookedAt: string }>;
  }>(event);

  for (const tx of body.transactions) {
    await prisma.bankTransaction.upsert({
      where: { externalId: tx.id },
      create: {
        externalId: tx.id,
        amountCents: Math.round(tx.amount * 100),
        description: tx.description,
        workspaceId: body.workspaceId,
        bookedAt: new Date(tx.bookedAt),
      },
      update: {},
    });
  }
  return { imported: body.transactions.length };
});
