const httpStatus = require('http-status');
const userService = require('./user.service');
const tokenService = require('./token.service');
const ApiError = require('../utils/ApiError');

const loginUserWithEmailAndPassword = async (email, password) => {
  const user = await userService.getUserByEmail(email);
  if (!user || !(await user.isPasswordMatch(password))) {
    throw new ApiError(httpStatus.UNAUTHORIZED, 'Incorrect email or password');
  }
  return user;
};

const resetPassword = async (resetPasswordToken, newPassword) => {
  const tokenDoc = await tokenService.verifyResetPasswordToken(resetPasswordToken);
  await userService.updateUserById(tokenDoc.user, { password: newPassword });
  await tokenDoc.deleteOne();
};

module.exports = { loginUserWithEmailAndPassword, resetPassword };
