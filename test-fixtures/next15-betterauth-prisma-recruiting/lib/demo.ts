// seed data for the product tour (fake records, shown to every new workspace)
// ok: hardcoded-secret
export const TOUR_CANDIDATE_ID = 'cand_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
export const TOUR_JOB_TITLE = 'Senior Backend Engineer (sample)';
