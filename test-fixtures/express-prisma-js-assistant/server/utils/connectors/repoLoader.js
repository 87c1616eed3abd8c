const simpleGit = require("simple-git");

class RepoLoader {
  constructor({ repo = "", branch = "main", accessToken = null }) {
    this.repo = repo;
    this.branch = branch;
    this.accessToken = accessToken;
    this.author = null;
    this.project = null;
  }

  async init() {
    const match = /github\.com\/([^/]+)\/([^/.]+)/.exec(this.repo);
    if (!match) return false;
    [, this.author, this.project] = match;
    return true;
  }

  async clone(dest) {
    const url = this.accessToken
      ? this.repo.replace("https://", `https://x-access-token:${this.accessToken}@`)
      : this.repo;
    await simpleGit().clone(url, dest, ["--depth", "1", "--branch", this.branch]);
    return dest;
  }
}

async function loadRepo({ repoUrl, branch, accessToken = null }) {
  const repo = new RepoLoader({ repo: repoUrl, branch, accessToken });
  if (!(await repo.init())) return { success: false, reason: "Not a GitHub repository URL." };

  // ok: token-logging
  console.log(`-- Loading ${repo.author}/${repo.project}:${repo.branch} --`);
  // expect: token-logging
  console.log("-- Using personal access token", accessToken);
  const dest = await repo.clone(`/tmp/repos/${repo.author}-${repo.project}`);
  return { success: true, dest };
}

module.exports = { RepoLoader, loadRepo };
