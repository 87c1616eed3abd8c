/** CORS written in deployment config (vercel.json, which takes no comments for fixture annotations) and NestFactory options. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeWorkspace } from '../server/src/engine/analyze';
import { defaultConfig } from '../server/src/engine/config/types';

function project(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-cors-'));
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(root, path.dirname(f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), text);
  }
  return root;
}

async function corsFindings(root: string): Promise<string[]> {
  try {
    const res = await analyzeWorkspace(root, { config: defaultConfig() });
    return res.findings.filter((f) => f.ruleId === 'cors-wildcard').map((f) => `${f.loc.file}:${f.loc.line} ${f.severity}`).sort();
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const route = 'export async function GET() { return Response.json({ ok: true }); }\n';

describe('cors-wildcard in deployment config', () => {
  it('reports vercel.json headers allowing any origin with credentials on the routes their source matches', async () => {
    const vercel = JSON.stringify({
      headers: [
        { source: '/api/(.*)', headers: [{ key: 'Access-Control-Allow-Credentials', value: 'true' }, { key: 'Access-Control-Allow-Origin', value: '*' }] },
        { source: '/static/(.*)', headers: [{ key: 'Cache-Control', value: 'public, max-age=3600' }] },
      ],
    }, null, 2);
    const found = await corsFindings(project({
      'package.json': JSON.stringify({ name: 'v', dependencies: { next: '14.0.0' } }),
      'vercel.json': vercel,
      'app/api/invoices/route.ts': route,
    }));
    const line = vercel.split('\n').findIndex((l) => l.includes('"Access-Control-Allow-Origin"')) + 1;
    // (the value sits on the line after its key in pretty-printed JSON)
    assert.deepEqual(found, [`vercel.json:${line + 1} error`]);
  });

  it('does not report an allowlisted origin, nor any origin without credentials on paths no route serves', async () => {
    const vercel = JSON.stringify({
      headers: [
        { source: '/api/(.*)', headers: [{ key: 'Access-Control-Allow-Origin', value: 'https://app.example.com' }, { key: 'Access-Control-Allow-Credentials', value: 'true' }] },
        { source: '/embed/(.*)', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] },
      ],
    });
    const found = await corsFindings(project({
      'package.json': JSON.stringify({ name: 'v', dependencies: { next: '14.0.0' } }),
      'vercel.json': vercel,
      'app/api/invoices/route.ts': route,
    }));
    assert.deepEqual(found, []);
  });

  it('reports NestFactory.create(AppModule, { cors: { origin: true, credentials: true } })', async () => {
    const found = await corsFindings(project({
      'package.json': JSON.stringify({ name: 'n', dependencies: { '@nestjs/core': '10.0.0', '@nestjs/common': '10.0.0' } }),
      'src/main.ts': [
        "import { NestFactory } from '@nestjs/core';",
        "import { AppModule } from './app.module';",
        'async function bootstrap() {',
        '  const app = await NestFactory.create(AppModule, {',
        '    cors: { origin: true, credentials: true },',
        '  });',
        '  await app.listen(3000);',
        '}',
        'bootstrap();',
      ].join('\n'),
      'src/app.module.ts': "import { Module, Controller, Get } from '@nestjs/common';\n@Controller('things')\nexport class ThingsController { @Get() list() { return []; } }\n@Module({ controllers: [ThingsController] })\nexport class AppModule {}\n",
    }));
    assert.deepEqual(found, ['src/main.ts:5 error']);
  });
});

describe('CORS headers made by a helper of the route file', () => {
  it('puts the reflected origin in the access matrix of the routes whose handler calls the helper', async () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'r', dependencies: { '@remix-run/node': '2.0.0', '@remix-run/react': '2.0.0' } }),
      'app/routes/api.clients.ts': [
        "import { json } from '@remix-run/node';",
        'function corsHeaders(request: Request) {',
        "  return { 'Access-Control-Allow-Origin': request.headers.get('Origin') ?? '*', 'Access-Control-Allow-Credentials': 'true' };",
        '}',
        'export async function loader({ request }: { request: Request }) {',
        '  return json({ clients: [] }, { headers: corsHeaders(request) });',
        '}',
      ].join('\n'),
      'app/routes/health.ts': "export async function loader() { return new Response('ok'); }\n",
    });
    try {
      const res = await analyzeWorkspace(root, { config: defaultConfig() });
      const corsOf = (p: string) => res.model.routes.find((r) => r.path === p)?.cors;
      assert.equal(corsOf('/api/clients'), 'reflect');
      assert.equal(corsOf('/health'), 'none');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
