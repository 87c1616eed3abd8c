// access rules for patient records, shared by the web and the kiosk routes
const patientAccess = {
  assertCanView(user, patient) {
    if (!patient || String(patient.clinic) !== String(user.clinic)) {
      const err = new Error('Not found');
      err.status = 404;
      throw err;
    }
  },
};

module.exports = patientAccess;
