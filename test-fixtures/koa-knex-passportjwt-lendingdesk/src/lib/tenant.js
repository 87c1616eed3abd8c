/** The branch the signed-in officer works at. */
function branchOf(ctx) {
  return ctx.state.user.branch_id;
}

/** Knex modifier: rows of one branch. */
function inBranch(qb, branchId) {
  qb.where('branch_id', branchId);
}

/** Knex modifier: loans in one status. */
function inStatus(qb, status) {
  qb.where('status', status);
}

module.exports = { branchOf, inBranch, inStatus };
