exports.me = (req, res) => {
  const { id, email, name, role, orgId } = req.user;
  res.json({ id, email, name, role, orgId });
};

exports.updateMe = async (req, res) => {
  await req.user.update(req.body);
  res.json({ ok: true });
};
