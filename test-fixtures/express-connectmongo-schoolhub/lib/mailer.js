var nodemailer = require('nodemailer');
var config = require('../config');

var transport = nodemailer.createTransport(config.smtpUrl);

exports.sendResetEmail = function (to, link) {
  return transport.sendMail({
    from: 'SchoolHub <no-reply@schoolhub.example>',
    to: to,
    subject: 'Reset your SchoolHub password',
    text: 'Use this link to choose a new password: ' + link,
  });
};
