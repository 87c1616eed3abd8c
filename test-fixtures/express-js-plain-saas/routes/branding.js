import express from 'express';
import fileUpload from 'express-fileupload';

const router = express.Router();
const LOGO_TYPES = ['image/png', 'image/jpeg'];

// the account's logo, with its own stricter parser: 1 MB, images only (checked in the handler)
// expect: missing-rate-limit
router.post('/logo',
  // ok: unrestricted-upload
  fileUpload({ limits: { fileSize: 1024 * 1024 }, abortOnLimit: true }),
  async (req, res) => {
    const logo = req.files && req.files.logo;
    if (!logo || !LOGO_TYPES.includes(logo.mimetype)) return res.status(415).json({ error: 'PNG or JPEG only' });
    const target = `storage/logos/${req.user.accountId}`;
    await logo.mv(target);
    res.json({ ok: true });
  });

export default router;
