// Copies non-TypeScript assets (SQL migrations, the frozen 0009 store, recorded workflow histories) from src/ to dist/ after tsc.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
for (const rel of ['store/migrations', 'store/testing/store-0009', 'ingest/workflows/histories']) {
  if (!fs.existsSync(path.join(root, 'src', rel))) continue;
  const from = path.join(root, 'src', rel);
  const to = path.join(root, 'dist', rel);
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
}
