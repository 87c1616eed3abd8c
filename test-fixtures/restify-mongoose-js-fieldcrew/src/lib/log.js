'use strict';
const bunyan = require('bunyan');

module.exports = bunyan.createLogger({ name: 'fieldcrew-api', level: process.env.LOG_LEVEL || 'info' });
