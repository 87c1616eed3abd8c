var multer = require('multer');
var path = require('path');

var IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif'];

// ok: unrestricted-upload
var avatarUpload = multer({
  dest: path.join(__dirname, '..', 'uploads', 'avatars'),
  limits: { fileSize: 2 * 1024 * 1024 },
  fileFilter: function (req, file, cb) {
    cb(null, IMAGE_TYPES.indexOf(file.mimetype) !== -1);
  },
});

// homework can be anything the teacher asked for
// expect: unrestricted-upload
var homeworkUpload = multer({
  dest: path.join(__dirname, '..', 'uploads', 'homework'),
  limits: { fileSize: 50 * 1024 * 1024 },
});

module.exports = { avatarUpload: avatarUpload, homeworkUpload: homeworkUpload };
