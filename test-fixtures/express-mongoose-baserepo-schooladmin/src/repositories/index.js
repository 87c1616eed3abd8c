'use strict';
const BaseRepository = require('./BaseRepository');
const Assessment = require('../models/Assessment');
const FeeInvoice = require('../models/FeeInvoice');
const Upload = require('../models/Upload');
const User = require('../models/User');

module.exports = {
  students: require('./StudentRepository'),
  assessments: new BaseRepository(Assessment),
  invoices: new BaseRepository(FeeInvoice),
  uploads: new BaseRepository(Upload),
  users: new BaseRepository(User),
};
