const asyncHandler = require('../middleware/async');
const User = require('../models/User');

// @route   GET /api/v1/users
exports.getUsers = asyncHandler(async (req, res) => {
  // ok: unscoped-tenant-query
  const users = await User.find({ organization: req.user.organization });
  res.status(200).json({ success: true, data: users });
});

// @route   PUT /api/v1/users/:id/role
exports.updateRole = asyncHandler(async (req, res) => {
  // ok: unscoped-tenant-query
  const user = await User.findOneAndUpdate(
    { _id: req.params.id, organization: req.user.organization },
    { role: req.body.role },
    { new: true }
  );
  res.status(200).json({ success: true, data: user });
});

// @route   DELETE /api/v1/users/:id
exports.deleteUser = asyncHandler(async (req, res) => {
  // expect: unscoped-tenant-query
  await User.findByIdAndDelete(req.params.id);
  res.status(200).json({ success: true, data: {} });
});
