import { Router } from "express";
import { z } from "zod";
import { attachCaller, type Caller } from "@acme/auth";
import { prisma } from "@acme/db";
import { findProject, listProjects, renameProject } from "@acme/db/projects";

const router = Router();
const Rename = z.object({ name: z.string().min(1).max(80) });

// registered before the caller is attached: anyone can read any org's project count
// expect: missing-auth
router.get("/orgs/:orgId/project-count", async (req, res) => {
  const count = await prisma.project.count({ where: { orgId: req.params.orgId } });
  res.json({ count });
});

router.use(attachCaller);

// ok: missing-auth
router.get("/projects", async (req, res) => {
  const caller = (req as typeof req & { user: Caller }).user;
  res.json(await listProjects(caller.orgId));
});

// ok: missing-auth
router.get("/projects/:id", async (req, res) => {
  const project = await findProject(req.params.id);
  if (!project) return res.status(404).end();
  res.json(project);
});

// ok: missing-auth
router.patch("/projects/:id", async (req, res) => {
  const caller = (req as typeof req & { user: Caller }).user;
  const { name } = Rename.parse(req.body);
  await renameProject(caller.orgId, req.params.id, name);
  res.status(204).end();
});

export default router;
