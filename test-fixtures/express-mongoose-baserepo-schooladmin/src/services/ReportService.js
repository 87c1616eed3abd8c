'use strict';
const BaseRepository = require('../repositories/BaseRepository');
const Student = require('../models/Student');
const Assessment = require('../models/Assessment');

class ReportService {
  constructor() {
    this.students = new BaseRepository(Student);
    this.assessments = new BaseRepository(Assessment);
  }

  roster(schoolId) {
    return this.students.find({ school: schoolId });
  }

  scoresFor(schoolId) {
    return this.assessments.find({ school: schoolId });
  }

  student(id) {
    return this.students.findById(id);
  }
}

module.exports = new ReportService();
