import {
  json,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
} from '@remix-run/node';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

// (the CSV's rows are written as they come: no schema)
// ok: missing-auth
// expect: missing-rate-limit, missing-input-validation
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // expect: unrestricted-upload
  const uploadHandler = unstable_createMemoryUploadHandler({ maxPartSize: 5_000_000 });
  const form = await unstable_parseMultipartFormData(request, uploadHandler);
  const file = form.get('file') as File;
  const rows = (await file.text()).split('\n').slice(1).filter(Boolean);
  const data = rows.map((r) => {
    const [name, email, phone, company] = r.split(',');
    return { name, email, phone, company, accountId: user.accountId, ownerId: user.id };
  });
  await prisma.contact.createMany({ data });
  return json({ imported: data.length });
}
