const httpStatus = require('http-status');
const ApiError = require('../utils/ApiError');
const catchAsync = require('../utils/catchAsync');
const userService = require('../services/user.service');
const Organization = require('../models/organization.model');
const User = require('../models/user.model');

const createUser = catchAsync(async (req, res) => {
  const user = await userService.createUser({ ...req.body, organization: req.user.organization });
  res.status(httpStatus.CREATED).send(user);
});

const getUsers = catchAsync(async (req, res) => {
  const { name, role, limit } = req.query;
  const result = await userService.queryUsers({ ...(name && { name }), ...(role && { role }), organization: req.user.organization }, { limit });
  res.send(result);
});

const getUser = catchAsync(async (req, res) => {
  const user = await userService.getUserById(req.params.userId);
  if (!user) {
    throw new ApiError(httpStatus.NOT_FOUND, 'User not found');
  }
  res.send(user);
});

const updateUser = catchAsync(async (req, res) => {
  const user = await userService.updateUserById(req.params.userId, req.body);
  res.send(user);
});

const deleteUser = catchAsync(async (req, res) => {
  await userService.deleteUserById(req.params.userId);
  res.status(httpStatus.NO_CONTENT).send();
});

// platform administration (mounted under /admin)
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

module.exports = { createUser, getUsers, getUser, updateUser, deleteUser, listOrganizations, setUserRole, platformStats };
