'use strict';
const BaseService = require('./BaseService');
const repos = require('../repositories');

class AssessmentService extends BaseService {
  constructor() {
    super(repos.assessments);
  }

  gradeBook(schoolId, studentId) {
    return this.repository.find({ school: schoolId, student: studentId });
  }

  async record(user, body) {
    const student = await repos.students.findInSchool(user.school, body.studentId);
    if (!student) return null;
    return this.repository.create({ ...body, student: student._id, school: user.school });
  }
}

module.exports = new AssessmentService();
