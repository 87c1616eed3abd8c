'use strict';
const BaseRepository = require('./BaseRepository');
const Student = require('../models/Student');

class StudentRepository extends BaseRepository {
  constructor() {
    super(Student);
  }

  forSchool(schoolId, extra = {}) {
    // ok: unscoped-tenant-query
    return this.model.find({ ...extra, school: schoolId }).lean();
  }

  findInSchool(schoolId, id) {
    // ok: unscoped-tenant-query
    return this.model.findOne({ _id: id, school: schoolId }).lean();
  }

  byGuardian(email) {
    // expect: unscoped-tenant-query
    return this.model.find({ guardianEmail: email }).lean();
  }
}

module.exports = new StudentRepository();
