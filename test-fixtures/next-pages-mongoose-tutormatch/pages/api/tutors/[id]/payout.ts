import { z } from 'zod';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { HttpError, assertSameAgency } from '@/lib/errors';
import { TutorProfile } from '@/models/Tutor';

const PayoutInput = z.object({ payoutAccount: z.string().regex(/^acct_[A-Za-z0-9]{8,32}$/) });

// ok: missing-auth, missing-input-validation
export default withAuth(async (req, res, session) => {
  try {
    await connectDb();
    if (req.method === 'GET') {
      // ok: unscoped-tenant-query
      const profile = await TutorProfile.findById(req.query.id).lean<any>();
      assertSameAgency(session, profile);
      return res.json({ payoutAccount: profile.payoutAccount });
    }
    if (req.method === 'PUT') {
      const { payoutAccount } = PayoutInput.parse(req.body);
      // ok: unscoped-tenant-query
      const updated = await TutorProfile.findOneAndUpdate(
        { _id: req.query.id, agencyId: session.user.agencyId },
        { payoutAccount },
        { new: true },
      );
      if (!updated) throw new HttpError(404, 'Not found');
      return res.json({ ok: true });
    }
    return res.status(405).end();
  } catch (err) {
    if (err instanceof HttpError) {
      // ok: error-details-leak
      return res.status(err.status).json({ error: err.message });
    }
    // expect: error-details-leak
    return res.status(500).send(err);
  }
});
