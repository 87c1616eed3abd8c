import { TimeOff } from '../models/TimeOff.js';
import type { AuthClaims } from '../plugins/auth.js';

export class TimeOffService {
  constructor(private readonly user: AuthClaims) {}

  list() {
    // ok: unscoped-tenant-query
    return TimeOff.find({ company: this.user.company }).sort({ from: -1 }).lean();
  }

  get(id: string) {
    // expect: unscoped-tenant-query
    return TimeOff.findById(id).lean();
  }

  decide(id: string, status: 'approved' | 'rejected') {
    // ok: unscoped-tenant-query
    return TimeOff.findOneAndUpdate({ _id: id, company: this.user.company }, { status }, { new: true });
  }
}
