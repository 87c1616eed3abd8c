const httpStatus = require('http-status');
const catchAsync = require('../utils/catchAsync');
const { Organization, User } = require('../models');

const listOrganizations = catchAsync(async (req, res) => {
  const organizations = await Organization.find().sort({ createdAt: -1 }).limit(100);
  res.send(organizations);
});

const setUserRole = catchAsync(async (req, res) => {
  const user = await User.findByIdAndUpdate(req.params.userId, { role: req.body.role }, { new: true });
  res.status(httpStatus.OK).send(user);
});

const platformStats = catchAsync(async (req, res) => {
  const [organizations, users] = await Promise.all([Organization.countDocuments(), User.countDocuments()]);
  res.send({ organizations, users });
});

module.exports = { listOrganizations, setUserRole, platformStats };
