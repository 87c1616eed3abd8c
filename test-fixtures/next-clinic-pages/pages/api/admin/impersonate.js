import { withStaff } from '../../../lib/session';
import { log } from '../../../lib/log';

// expect: missing-role-check
export default withStaff(async (req, res) => {
  // expect: token-logging
  log.warn('impersonation requested with cookie ' + req.headers.cookie);
  res.json({ as: req.body.staffId });
});
