// expect: missing-input-validation
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  const body = await readBody(event);
  const [row] = await db
    .insert(tables.properties)
    .values({ id: crypto.randomUUID(), companyId: user.companyId, address: body.address, landlordName: body.landlordName })
    .returning();
  setResponseStatus(event, 201);
  return row;
});
